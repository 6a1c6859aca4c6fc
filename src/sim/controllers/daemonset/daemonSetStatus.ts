/**
 * The DaemonSet's status (updateDaemonSetStatus): per node that should run a daemon, whether
 * one is scheduled, ready, available and on the current revision; daemons on nodes that should
 * not run one are misscheduled.
 */
import type { DaemonSet, DaemonSetStatus } from 'kubernetes-types/apps/v1';
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { isPodAvailable, isPodReady } from '../util/podReadiness';
import { CONTROLLER_REVISION_HASH_LABEL } from '../statefulset/history';
import { nodeShouldRunDaemonPod, type ShouldRun } from './nodeShouldRunDaemonPod';

export function computeDaemonSetStatus(
  ds: DaemonSet,
  nodes: readonly Node[],
  podsByNode: ReadonlyMap<string, Pod[]>,
  hash: string,
  nowMs: number,
  shouldRunOn: (node: Node) => ShouldRun = (n) => nodeShouldRunDaemonPod(n, ds),
): DaemonSetStatus {
  const minReady = ds.spec?.minReadySeconds ?? 0;
  let desired = 0;
  let current = 0;
  let misscheduled = 0;
  let ready = 0;
  let available = 0;
  let updated = 0;
  for (const node of nodes) {
    const { shouldRun } = shouldRunOn(node);
    const pods = (podsByNode.get(node.metadata?.name ?? '') ?? []).filter((p) => !p.metadata?.deletionTimestamp);
    if (!shouldRun) {
      if (pods.length) misscheduled++;
      continue;
    }
    desired++;
    if (!pods.length) continue;
    current++;
    const newest = pods.length === 1 ? pods[0] : [...pods].sort((a, b) => (b.metadata?.creationTimestamp ?? '').localeCompare(a.metadata?.creationTimestamp ?? ''))[0];
    if (isPodReady(newest)) {
      ready++;
      if (isPodAvailable(newest, minReady, nowMs)) available++;
    }
    if (pods.some((p) => p.metadata?.labels?.[CONTROLLER_REVISION_HASH_LABEL] === hash)) updated++;
  }
  return {
    currentNumberScheduled: current,
    desiredNumberScheduled: desired,
    numberMisscheduled: misscheduled,
    numberReady: ready,
    ...(available ? { numberAvailable: available } : {}),
    ...(desired - available ? { numberUnavailable: desired - available } : {}),
    ...(updated ? { updatedNumberScheduled: updated } : {}),
    ...(ds.metadata?.generation ? { observedGeneration: ds.metadata.generation } : {}),
  };
}
