/**
 * Pure decisions of the node lifecycle controller: has a node stopped heartbeating, what its
 * conditions become, and which NoExecute/NoSchedule taints its Ready condition implies.
 */
import type { Node, NodeCondition, Taint } from 'kubernetes-types/core/v1';
import { rfc3339 } from '../../../common/time';

/** --node-monitor-grace-period: 40 s without a heartbeat and the node is Unknown. */
export const NODE_MONITOR_GRACE_S = 40;
export const UNREACHABLE = 'node.kubernetes.io/unreachable';
export const NOT_READY = 'node.kubernetes.io/not-ready';
const UNKNOWN_CONDITIONS = ['Ready', 'MemoryPressure', 'DiskPressure', 'PIDPressure'];

export function readyCondition(node: Node): NodeCondition | undefined {
  return node.status?.conditions?.find((c) => c.type === 'Ready');
}

/** The latest sign of life: the Lease renewal or the Ready condition's heartbeat. */
export function lastHeartbeat(node: Node, leaseRenewMs: number | undefined): number {
  const ready = readyCondition(node)?.lastHeartbeatTime;
  const fromStatus = ready ? Date.parse(ready) : 0;
  return Math.max(fromStatus, leaseRenewMs ?? 0, node.metadata?.creationTimestamp ? Date.parse(node.metadata.creationTimestamp) : 0);
}

/** Conditions after the kubelet went silent: each one Unknown, heartbeats left as they were. */
export function unknownConditions(node: Node, nowMs: number): NodeCondition[] {
  const now = rfc3339(nowMs);
  const existing = node.status?.conditions ?? [];
  return existing.map((c) =>
    UNKNOWN_CONDITIONS.includes(c.type) && c.status !== 'Unknown'
      ? { ...c, status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.', lastTransitionTime: now }
      : c,
  );
}

/** The taints Ready=False/Unknown calls for; other taints are left alone. */
export function desiredTaints(node: Node, nowMs: number): Taint[] {
  const status = readyCondition(node)?.status;
  const keep = (node.spec?.taints ?? []).filter((t) => t.key !== UNREACHABLE && t.key !== NOT_READY);
  const key = status === 'Unknown' ? UNREACHABLE : status === 'False' ? NOT_READY : undefined;
  if (!key) return keep;
  const current = (node.spec?.taints ?? []).filter((t) => t.key === key);
  const noExecute = current.find((t) => t.effect === 'NoExecute') ?? { key, effect: 'NoExecute', timeAdded: rfc3339(nowMs) };
  const noSchedule = current.find((t) => t.effect === 'NoSchedule') ?? { key, effect: 'NoSchedule' };
  return [...keep, noExecute, noSchedule];
}
