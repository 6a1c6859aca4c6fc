/**
 * The StatefulSet's status from its pods (computeReplicaStatus): how many exist, are ready,
 * available, and on the current and update revisions; a finished rolling update makes the
 * update revision current.
 */
import type { StatefulSet, StatefulSetStatus } from 'kubernetes-types/apps/v1';
import type { Pod, PodTemplateSpec } from 'kubernetes-types/core/v1';
import { isPodAvailable } from '../util/podReadiness';
import { isRunningAndReady } from './planStatefulSet';
import { getPodRevision } from './statefulSetPod';

export interface RevisionNames {
  current: string;
  /** The template the current revision stored, for pods recreated below the partition. */
  currentTemplate?: PodTemplateSpec;
  update: string;
  collisionCount: number;
}

export function computeStatefulSetStatus(set: StatefulSet, pods: readonly Pod[], rev: RevisionNames, nowMs: number): StatefulSetStatus {
  const minReadySeconds = set.spec?.minReadySeconds ?? 0;
  let replicas = 0;
  let ready = 0;
  let available = 0;
  let current = 0;
  let updated = 0;
  for (const pod of pods) {
    replicas++;
    if (isRunningAndReady(pod)) {
      ready++;
      if (isPodAvailable(pod, minReadySeconds, nowMs)) available++;
    }
    if (pod.metadata?.deletionTimestamp) continue;
    const revision = getPodRevision(pod);
    if (revision === rev.current) current++;
    if (revision === rev.update) updated++;
  }
  const status: StatefulSetStatus = {
    replicas,
    availableReplicas: available,
    collisionCount: rev.collisionCount,
    currentRevision: rev.current,
    updateRevision: rev.update,
    ...(ready ? { readyReplicas: ready } : {}),
    ...(current ? { currentReplicas: current } : {}),
    ...(updated ? { updatedReplicas: updated } : {}),
    ...(set.metadata?.generation ? { observedGeneration: set.metadata.generation } : {}),
  };
  const rollingUpdate = (set.spec?.updateStrategy?.type ?? 'RollingUpdate') === 'RollingUpdate';
  if (rollingUpdate && updated === replicas && ready === replicas && rev.current !== rev.update) {
    status.currentRevision = rev.update;
    if (updated) status.currentReplicas = updated;
  }
  return status;
}
