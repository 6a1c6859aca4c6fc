/**
 * `kubectl apply --prune`: after applying, delete the objects an earlier apply made that the
 * manifests no longer contain — those of the prune kinds, in the namespaces just applied to,
 * matching `-l` (or every one with `--all`), carrying the last-applied annotation and not among
 * the objects just applied. kubectl's default kinds, or `--prune-allowlist group/version/kind`.
 */
import { findByKind, labelsMatch, parseSelector, type ResourceInfo } from '../../sim';
import type { Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { kustomizeMessages } from '../../kustomize/messages';
import type { DryRun } from '../../messages';
import { discovery } from '../../resource/builder';
import { printResult } from '../shared/output';
import { refOf } from '../shared/refs';
import { LAST_APPLIED_ANNOTATION } from './lastApplied';

/** prune.go's defaultNamespacedPruneResources, then the cluster-scoped ones, in kubectl's order. */
const DEFAULT_PRUNE_RESOURCES = [
  'core/v1/ConfigMap', 'core/v1/Endpoints', 'core/v1/PersistentVolumeClaim', 'core/v1/Pod', 'core/v1/ReplicationController',
  'core/v1/Secret', 'core/v1/Service', 'batch/v1/Job', 'batch/v1/CronJob', 'networking.k8s.io/v1/Ingress', 'apps/v1/DaemonSet',
  'apps/v1/Deployment', 'apps/v1/ReplicaSet', 'apps/v1/StatefulSet', 'core/v1/Namespace', 'core/v1/PersistentVolume',
];

/** What was applied: the namespaces visited and the objects (by uid) that stay. */
export interface Visited {
  namespaces: Set<string>;
  uids: Set<string>;
}

export interface PruneOptions {
  selector: string;
  resources: ResourceInfo[];
}

function parsePruneResources(inv: Invocation, gvks: readonly string[]): ResourceInfo[] {
  return gvks.map((gvk) => {
    const parts = gvk.split('/');
    if (parts.length !== 3) throw new KubectlError(kustomizeMessages.pruneInvalidAllowlist(gvk));
    const group = parts[0] === 'core' ? '' : parts[0];
    const info = findByKind(discovery(inv.ctx), group ? `${group}/${parts[1]}` : parts[1], parts[2]);
    if (!info) throw new KubectlError(`no matches for kind "${parts[2]}" in version "${group ? `${group}/` : ''}${parts[1]}"`);
    return info;
  });
}

/** Checks the prune flags before anything is applied; undefined without `--prune`. */
export function pruneOptions(inv: Invocation): PruneOptions | undefined {
  const allowlist = inv.flags.strings('prune-allowlist');
  const selector = inv.flags.string('selector');
  if (!inv.flags.bool('prune')) return undefined;
  if (inv.flags.bool('all') && selector) throw new KubectlError(kustomizeMessages.pruneAllWithSelector);
  if (!inv.flags.bool('all') && !selector) throw new KubectlError(kustomizeMessages.pruneRequiresSelector);
  return { selector, resources: parsePruneResources(inv, allowlist.length ? allowlist : DEFAULT_PRUNE_RESOURCES) };
}

export function prune(inv: Invocation, o: PruneOptions, visited: Visited, dryRun: DryRun): void {
  const selector = parseSelector(o.selector);
  const scopes = (info: ResourceInfo) => (info.namespaced ? [...visited.namespaces] : [undefined]);
  for (const info of [...o.resources.filter((r) => r.namespaced), ...o.resources.filter((r) => !r.namespaced)]) {
    for (const namespace of scopes(info)) {
      const list = inv.ctx.client.list(refOf(info), { namespace, labelSelector: o.selector || undefined });
      for (const obj of list.items) {
        if (!(LAST_APPLIED_ANNOTATION in (obj.metadata.annotations ?? {}))) continue;
        if (visited.uids.has(obj.metadata.uid ?? '') || !labelsMatch(selector, obj.metadata.labels)) continue;
        if (dryRun !== 'client') {
          inv.ctx.client.delete(refOf(info), obj.metadata.name, { namespace: obj.metadata.namespace, dryRun: dryRun === 'server', propagationPolicy: 'Background' });
        }
        printResult(inv, info, obj, 'pruned', dryRun);
      }
    }
  }
}
