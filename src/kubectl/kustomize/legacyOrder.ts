/**
 * The order `kustomize build` prints objects in by default (sortOptions `legacy`): kinds that
 * others depend on first (Namespace, ResourceQuota … Secret, Service … CronJob), admission
 * webhooks last, everything else between, then by group/version/kind, namespace and name.
 */
import { gvkOf, nameOf, namespaceOf } from './resources';
import type { Resource } from './types';

const ORDER_FIRST = [
  'Namespace', 'ResourceQuota', 'StorageClass', 'CustomResourceDefinition', 'ServiceAccount', 'PodSecurityPolicy', 'Role',
  'ClusterRole', 'RoleBinding', 'ClusterRoleBinding', 'ConfigMap', 'Secret', 'Endpoints', 'Service', 'LimitRange',
  'PriorityClass', 'PersistentVolume', 'PersistentVolumeClaim', 'Deployment', 'StatefulSet', 'CronJob', 'PodDisruptionBudget',
];
const ORDER_LAST = ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'];

function typeOrder(kind: string): number {
  const first = ORDER_FIRST.indexOf(kind);
  if (first >= 0) return first - ORDER_FIRST.length;
  const last = ORDER_LAST.indexOf(kind);
  return last >= 0 ? last + 1 : 0;
}

/** resid.Gvk.String(): `group_version_kind`, with `~G`, `~V`, `~K` for empty parts. */
function gvkString(r: Resource): string {
  const { group, version, kind } = gvkOf(r.object);
  return `${group || '~G'}_${version || '~V'}_${kind || '~K'}`;
}

/** ResId.LegacySortString without the kind: namespace (`~X` when none, so last), then name. */
const legacySortKey = (r: Resource) => `${namespaceOf(r) || '~X'}|${nameOf(r) || '~N'}`;

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function legacyOrder(resources: readonly Resource[]): Resource[] {
  return [...resources].sort((a, b) => {
    const ga = gvkString(a);
    const gb = gvkString(b);
    if (ga !== gb) return typeOrder(gvkOf(a.object).kind) - typeOrder(gvkOf(b.object).kind) || compareStrings(ga, gb);
    return compareStrings(legacySortKey(a), legacySortKey(b));
  });
}
