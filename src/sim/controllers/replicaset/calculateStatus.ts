/**
 * The ReplicaSet's status from the pods it owns: how many exist, carry all the template's
 * labels, are ready, and have been ready for minReadySeconds; plus a ReplicaFailure condition
 * while creating or deleting pods fails.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { ReplicaSet, ReplicaSetCondition, ReplicaSetStatus } from 'kubernetes-types/apps/v1';
import { rfc3339 } from '../../../common/time';
import { isPodAvailable, isPodReady } from '../util/podReadiness';

export const REPLICA_FAILURE = 'ReplicaFailure';

export const replicasOf = (rs: ReplicaSet) => rs.spec?.replicas ?? 1;

export function getCondition(status: ReplicaSetStatus, type: string): ReplicaSetCondition | undefined {
  return status.conditions?.find((c) => c.type === type);
}

/** SetCondition: same status and reason keeps the old condition (and its transition time). */
export function setCondition(status: ReplicaSetStatus, condition: ReplicaSetCondition): void {
  const current = getCondition(status, condition.type);
  if (current && current.status === condition.status && current.reason === condition.reason) return;
  status.conditions = [...(status.conditions ?? []).filter((c) => c.type !== condition.type), condition];
}

export function removeCondition(status: ReplicaSetStatus, type: string): void {
  const rest = (status.conditions ?? []).filter((c) => c.type !== type);
  status.conditions = rest.length ? rest : undefined;
}

function hasAllLabels(pod: Pod, templateLabels: Record<string, string>): boolean {
  const labels = pod.metadata?.labels ?? {};
  return Object.entries(templateLabels).every(([k, v]) => labels[k] === v);
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function calculateStatus(rs: ReplicaSet, filteredPods: readonly Pod[], manageReplicasErr: unknown, nowMs: number): ReplicaSetStatus {
  const templateLabels = rs.spec?.template?.metadata?.labels ?? {};
  const minReadySeconds = rs.spec?.minReadySeconds ?? 0;
  let fullyLabeled = 0;
  let ready = 0;
  let available = 0;
  for (const pod of filteredPods) {
    if (hasAllLabels(pod, templateLabels)) fullyLabeled++;
    if (isPodReady(pod)) ready++;
    if (isPodAvailable(pod, minReadySeconds, nowMs)) available++;
  }
  const status: ReplicaSetStatus = { replicas: filteredPods.length };
  if (fullyLabeled) status.fullyLabeledReplicas = fullyLabeled;
  if (ready) status.readyReplicas = ready;
  if (available) status.availableReplicas = available;
  if (rs.status?.observedGeneration) status.observedGeneration = rs.status.observedGeneration;
  if (rs.status?.conditions?.length) status.conditions = rs.status.conditions.map((c) => ({ ...c }));

  const failure = getCondition(status, REPLICA_FAILURE);
  if (manageReplicasErr !== undefined && !failure) {
    const diff = filteredPods.length - replicasOf(rs);
    const reason = diff < 0 ? 'FailedCreate' : diff > 0 ? 'FailedDelete' : undefined;
    setCondition(status, { type: REPLICA_FAILURE, status: 'True', lastTransitionTime: rfc3339(nowMs), ...(reason ? { reason } : {}), message: errorText(manageReplicasErr) });
  } else if (manageReplicasErr === undefined && failure) {
    removeCondition(status, REPLICA_FAILURE);
  }
  return status;
}
