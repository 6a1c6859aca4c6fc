/**
 * The DaemonSet's decisions as pure functions. manage (podsShouldBeOnNode): one pod on every
 * node that should run one, none elsewhere, failed pods replaced, duplicates trimmed. rolling
 * update (rollingUpdate in update.go): old-revision pods are replaced while at most
 * maxUnavailable daemons are unavailable, or — with maxSurge — the new pod starts next to the
 * old one, which goes once the new one is available.
 */
import type { DaemonSet } from 'kubernetes-types/apps/v1';
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { isPodActive } from '../util/activePods';
import { getScaledValueFromIntOrPercent } from '../util/intOrPercent';
import { isPodAvailable } from '../util/podReadiness';
import { CONTROLLER_REVISION_HASH_LABEL } from '../statefulset/history';
import { nodeShouldRunDaemonPod, type ShouldRun } from './nodeShouldRunDaemonPod';

export interface DaemonPlan {
  /** Nodes that need a pod. */
  create: string[];
  delete: Pod[];
  /** Failed pods being replaced (for the FailedDaemonPod event). */
  failed: Pod[];
}

const byCreation = (a: Pod, b: Pod) => (a.metadata?.creationTimestamp ?? '').localeCompare(b.metadata?.creationTimestamp ?? '') || (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? '');
const isUpdated = (pod: Pod, hash: string) => pod.metadata?.labels?.[CONTROLLER_REVISION_HASH_LABEL] === hash;

export function manageDaemonPods(nodes: readonly Node[], ds: DaemonSet, podsByNode: ReadonlyMap<string, Pod[]>, shouldRunOn: (node: Node) => ShouldRun = (n) => nodeShouldRunDaemonPod(n, ds)): DaemonPlan {
  const plan: DaemonPlan = { create: [], delete: [], failed: [] };
  const known = new Set<string>();
  for (const node of nodes) {
    const name = node.metadata?.name ?? '';
    known.add(name);
    const { shouldRun, shouldContinueRunning } = shouldRunOn(node);
    const pods = (podsByNode.get(name) ?? []).filter((p) => !p.metadata?.deletionTimestamp);
    if (shouldRun && pods.length === 0) {
      plan.create.push(name);
    } else if (shouldContinueRunning) {
      const failed = pods.filter((p) => p.status?.phase === 'Failed');
      plan.failed.push(...failed);
      plan.delete.push(...failed);
      const alive = pods.filter((p) => p.status?.phase !== 'Failed').sort(byCreation);
      // A surge leaves two daemons on a node during an update; otherwise keep the oldest.
      const keep = surgeOf(ds) > 0 ? 2 : 1;
      if (alive.length > keep) plan.delete.push(...alive.slice(keep));
      if (shouldRun && alive.length === 0 && failed.length === 0) plan.create.push(name);
    } else {
      plan.delete.push(...pods);
    }
  }
  for (const [name, pods] of podsByNode) if (!known.has(name)) plan.delete.push(...pods.filter((p) => !p.metadata?.deletionTimestamp));
  return plan;
}

function surgeOf(ds: DaemonSet): number {
  if ((ds.spec?.updateStrategy?.type ?? 'RollingUpdate') !== 'RollingUpdate') return 0;
  return getScaledValueFromIntOrPercent(ds.spec?.updateStrategy?.rollingUpdate?.maxSurge ?? 0, 1, true);
}

/** maxSurge and maxUnavailable resolved against the desired number of daemons. */
export function updateBudget(ds: DaemonSet, desired: number): { maxSurge: number; maxUnavailable: number } {
  const ru = ds.spec?.updateStrategy?.rollingUpdate;
  const maxSurge = getScaledValueFromIntOrPercent(ru?.maxSurge ?? 0, desired, true);
  let maxUnavailable = getScaledValueFromIntOrPercent(ru?.maxUnavailable ?? 1, desired, true);
  // Both zero would block forever: validation forbids it, and the controller moves one at a time.
  if (maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
  return { maxSurge, maxUnavailable };
}

/** What the rolling update creates (surge) or deletes this round, over the nodes that run daemons. */
export function rollingUpdate(ds: DaemonSet, podsByNode: ReadonlyMap<string, Pod[]>, eligible: readonly string[], hash: string, nowMs: number): { create: string[]; delete: Pod[] } {
  const minReady = ds.spec?.minReadySeconds ?? 0;
  const available = (p: Pod) => isPodActive(p) && isPodAvailable(p, minReady, nowMs);
  const { maxSurge, maxUnavailable } = updateBudget(ds, eligible.length);
  const out = { create: [] as string[], delete: [] as Pod[] };
  let unavailable = 0;
  const candidates: { node: string; oldPod: Pod; newPod?: Pod }[] = [];
  for (const node of eligible) {
    const pods = (podsByNode.get(node) ?? []).filter((p) => !p.metadata?.deletionTimestamp);
    const newPod = pods.find((p) => isUpdated(p, hash));
    const oldPod = pods.find((p) => !isUpdated(p, hash));
    if (!pods.some(available)) unavailable++;
    if (oldPod) candidates.push({ node, oldPod, newPod });
  }
  if (maxSurge === 0) {
    let budget = maxUnavailable - unavailable;
    for (const c of candidates) {
      // An old pod that is not available costs nothing to replace.
      if (!available(c.oldPod)) out.delete.push(c.oldPod);
      else if (budget > 0) {
        out.delete.push(c.oldPod);
        budget--;
      }
    }
    return out;
  }
  let surging = candidates.filter((c) => c.newPod).length;
  for (const c of candidates) {
    if (c.newPod) {
      if (available(c.newPod)) out.delete.push(c.oldPod);
    } else if (!available(c.oldPod)) {
      out.delete.push(c.oldPod);
    } else if (surging < maxSurge) {
      out.create.push(c.node);
      surging++;
    }
  }
  return out;
}
