/** polymorphichelpers' DaemonSetStatusViewer and StatefulSetStatusViewer: one line, and whether it is done. */
import type { DaemonSet, StatefulSet } from 'kubernetes-types/apps/v1';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import type { RolloutStatus } from './deploymentStatus';

export function daemonSetStatus(ds: DaemonSet): RolloutStatus {
  const name = ds.metadata?.name ?? '';
  const s = ds.status;
  if ((ds.spec?.updateStrategy?.type ?? 'RollingUpdate') !== 'RollingUpdate') throw new KubectlError(messages.rolloutOnlyRollingUpdate);
  if ((ds.metadata?.generation ?? 0) > (s?.observedGeneration ?? 0)) return { message: messages.dsWaitingSpec, done: false };
  const desired = s?.desiredNumberScheduled ?? 0;
  const updated = s?.updatedNumberScheduled ?? 0;
  if (updated < desired) return { message: messages.dsWaitingUpdated(name, updated, desired), done: false };
  if ((s?.numberAvailable ?? 0) < desired) return { message: messages.dsWaitingAvailable(name, s?.numberAvailable ?? 0, desired), done: false };
  return { message: messages.dsDone(name), done: true };
}

export function statefulSetStatus(sts: StatefulSet): RolloutStatus {
  const s = sts.status;
  const strategy = sts.spec?.updateStrategy;
  if ((strategy?.type ?? 'RollingUpdate') !== 'RollingUpdate') throw new KubectlError(messages.rolloutOnlyRollingUpdate);
  if (!s?.observedGeneration || (sts.metadata?.generation ?? 0) > s.observedGeneration) return { message: messages.stsWaitingSpec, done: false };
  const replicas = sts.spec?.replicas;
  if (replicas !== undefined && (s.readyReplicas ?? 0) < replicas) return { message: messages.stsWaitingReady(replicas - (s.readyReplicas ?? 0)), done: false };
  if (strategy?.rollingUpdate) {
    const partition = strategy.rollingUpdate.partition;
    if (replicas !== undefined && partition !== undefined && (s.updatedReplicas ?? 0) < replicas - partition) {
      return { message: messages.stsWaitingPartition(s.updatedReplicas ?? 0, replicas - partition), done: false };
    }
    return { message: messages.stsPartitionDone(s.updatedReplicas ?? 0), done: true };
  }
  if (s.updateRevision !== s.currentRevision) return { message: messages.stsWaitingRevision(s.updatedReplicas ?? 0, s.updateRevision ?? ''), done: false };
  return { message: messages.stsDone(s.currentReplicas ?? 0, s.currentRevision ?? ''), done: true };
}
