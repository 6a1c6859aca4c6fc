/**
 * `kubectl create role|clusterrole|rolebinding|clusterrolebinding`, as pkg/cmd/create/create_role.go,
 * create_clusterrole.go and create_*binding.go build them. Resources resolve through discovery
 * (short names and singulars become plural names in their group); one rule per API group, groups
 * sorted; nonResourceURLs get a rule of their own.
 */
import type { ClusterRole, ClusterRoleBinding, PolicyRule, Role, RoleBinding, Subject } from 'kubernetes-types/rbac/v1';
import { resolveResource, type ResourceInfo } from '../sim';
import { KubectlError } from '../cmdutil/errors';
import { messages } from '../messages';
import { ZERO_TIME } from './meta';

export interface ResourceOption {
  resource: string;
  group: string;
  subresource: string;
}

const RBAC = 'rbac.authorization.k8s.io/v1';
const VALID_RESOURCE_VERBS = ['*', 'get', 'delete', 'list', 'create', 'update', 'patch', 'watch', 'proxy', 'deletecollection', 'use', 'bind', 'escalate', 'impersonate'];
const VALID_NON_RESOURCE_VERBS = ['*', 'get', 'post', 'put', 'delete', 'patch', 'head', 'options'];
/** Verbs that only make sense on particular resources. */
const SPECIAL_VERBS: Record<string, [group: string, resource: string][]> = {
  use: [['policy', 'podsecuritypolicies'], ['extensions', 'podsecuritypolicies']],
  bind: [['rbac.authorization.k8s.io', 'roles'], ['rbac.authorization.k8s.io', 'clusterroles']],
  escalate: [['rbac.authorization.k8s.io', 'roles'], ['rbac.authorization.k8s.io', 'clusterroles']],
  impersonate: [['', 'users'], ['', 'serviceaccounts'], ['', 'groups'], ['authentication.k8s.io', 'userextras']],
};

const unique = <T>(items: readonly T[], key: (t: T) => string = String): T[] => {
  const seen = new Set<string>();
  return items.filter((t) => !seen.has(key(t)) && !!seen.add(key(t)));
};

/** `*` stands for every verb, so it replaces the rest. */
export const normalizeVerbs = (verbs: readonly string[]): string[] => (verbs.includes('*') ? ['*'] : unique(verbs));

/** `pods`, `deployments.apps`, `pods/log`, `*`. */
export function parseResources(typed: readonly string[]): ResourceOption[] {
  const parsed = typed.map((r) => {
    const [main, subresource = ''] = r.split(/\/(.*)/s);
    const dot = main.indexOf('.');
    const resource = dot < 0 ? main : main.slice(0, dot);
    const group = dot < 0 ? '' : main.slice(dot + 1);
    return { resource, group, subresource };
  });
  return unique(parsed, (r) => `${r.resource}|${r.group}|${r.subresource}`);
}

function resourceFor(discovery: readonly ResourceInfo[], r: ResourceOption): { group: string; resource: string; found: boolean } {
  const info = resolveResource(discovery, r.group ? `${r.resource}.${r.group}` : r.resource);
  return info ? { group: info.group, resource: info.resource, found: true } : { group: r.group, resource: r.resource, found: false };
}

/** create_role.go's validateResource; writes the non-standard-verb warnings to `warn`. */
export function validateResourceRules(discovery: readonly ResourceInfo[], verbs: readonly string[], resources: readonly ResourceOption[], warn: (line: string) => void): void {
  for (const v of verbs) if (!VALID_RESOURCE_VERBS.includes(v)) warn(messages.nonStandardVerb(v));
  for (const r of resources) {
    if (!r.resource) throw new KubectlError(messages.roleResourceRequired);
    if (r.resource === '*') return;
    const resolved = resourceFor(discovery, r);
    let found = resolved.found;
    for (const v of verbs) {
      const allowed = SPECIAL_VERBS[v];
      if (!allowed) continue;
      if (!allowed.some(([g, res]) => g === resolved.group && res === resolved.resource)) throw new KubectlError(messages.cannotPerformVerb(v, resolved.resource, resolved.group));
      found = true;
    }
    if (!found) throw new KubectlError(messages.noResourceMatch(r.group, r.resource));
  }
}

export function validateNonResourceURLs(verbs: readonly string[], urls: readonly string[]): void {
  for (const v of verbs) if (!VALID_NON_RESOURCE_VERBS.includes(v)) throw new KubectlError(messages.invalidNonResourceVerb(v));
  for (const url of urls) {
    if (url === '*') continue;
    if (!url.startsWith('/')) throw new KubectlError(messages.nonResourceURLSlash);
    if (url.slice(0, -1).includes('*')) throw new KubectlError(messages.nonResourceURLWildcard);
  }
}

export function policyRules(discovery: readonly ResourceInfo[], verbs: string[], resources: readonly ResourceOption[], resourceNames: string[], nonResourceURLs: string[]): PolicyRule[] {
  const byGroup = new Map<string, string[]>();
  for (const r of resources) {
    const resolved = resourceFor(discovery, r);
    const name = r.subresource ? `${resolved.resource}/${r.subresource}` : resolved.resource;
    const list = byGroup.get(resolved.group) ?? [];
    if (!list.includes(name)) list.push(name);
    byGroup.set(resolved.group, list);
  }
  const rules: PolicyRule[] = [...byGroup.keys()].sort().map((g) => ({
    verbs,
    resources: byGroup.get(g),
    apiGroups: [g],
    ...(resourceNames.length ? { resourceNames } : {}),
  }));
  if (nonResourceURLs.length) rules.push({ verbs, nonResourceURLs });
  return rules;
}

const meta = (name: string, namespace?: string) => ({ name, ...(namespace ? { namespace } : {}), creationTimestamp: ZERO_TIME });

export function generateRole(name: string, rules: PolicyRule[], namespace?: string): Role {
  return { apiVersion: RBAC, kind: 'Role', metadata: meta(name, namespace), rules };
}

/** Without an aggregation rule the rules are set; with one, `rules` stays null as Go leaves it. */
export function generateClusterRole(name: string, rules: PolicyRule[] | undefined, aggregationLabels: Record<string, string>): ClusterRole {
  if (rules) return { apiVersion: RBAC, kind: 'ClusterRole', metadata: meta(name), rules };
  return {
    apiVersion: RBAC,
    kind: 'ClusterRole',
    metadata: meta(name),
    aggregationRule: { clusterRoleSelectors: [{ matchLabels: aggregationLabels }] },
    rules: null as unknown as PolicyRule[],
  };
}

export interface SubjectParams {
  users: string[];
  groups: string[];
  serviceAccounts: string[];
}

function subjects(p: SubjectParams): Subject[] {
  const out: Subject[] = [
    ...p.users.map((name) => ({ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name })),
    ...p.groups.map((name) => ({ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name })),
  ];
  for (const sa of p.serviceAccounts) {
    const parts = sa.split(':');
    if (parts.length !== 2 || parts[0] === '' || parts[1] === '') throw new KubectlError(messages.serviceAccountFormat);
    out.push({ kind: 'ServiceAccount', name: parts[1], namespace: parts[0] });
  }
  return out;
}

export function generateRoleBinding(name: string, roleRef: { kind: 'Role' | 'ClusterRole'; name: string }, p: SubjectParams, namespace?: string): RoleBinding {
  const subs = subjects(p);
  return {
    apiVersion: RBAC,
    kind: 'RoleBinding',
    metadata: meta(name, namespace),
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', ...roleRef },
    ...(subs.length ? { subjects: subs } : {}),
  };
}

export function generateClusterRoleBinding(name: string, clusterRole: string, p: SubjectParams): ClusterRoleBinding {
  const subs = subjects(p);
  return {
    apiVersion: RBAC,
    kind: 'ClusterRoleBinding',
    metadata: meta(name),
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: clusterRole },
    ...(subs.length ? { subjects: subs } : {}),
  };
}
