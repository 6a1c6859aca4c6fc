/**
 * Rollout progress (pkg/controller/deployment/progress.go): the Progressing condition moves
 * through NewReplicaSetCreated → ReplicaSetUpdated → NewReplicaSetAvailable, or to
 * ProgressDeadlineExceeded when nothing moved for progressDeadlineSeconds; a stuck Deployment
 * is re-queued for the moment its deadline passes.
 */
import type { DeploymentCondition, DeploymentStatus } from 'kubernetes-types/apps/v1';
import { deepEqual } from '../../../common/objects';
import { parseTime } from '../../../common/time';
import { keyOf } from '../../client/informer';
import { calculateStatus } from './calculateStatus';
import {
  DEPLOYMENT_PROGRESSING,
  DEPLOYMENT_REPLICA_FAILURE,
  deploymentComplete,
  deploymentProgressing,
  deploymentTimedOut,
  getDeploymentCondition,
  NEW_RS_AVAILABLE_REASON,
  newDeploymentCondition,
  removeDeploymentCondition,
  REPLICA_SET_UPDATED_REASON,
  replicaSetToDeploymentCondition,
  setDeploymentCondition,
  TIMED_OUT_REASON,
} from './conditions';
import { updateDeploymentStatus, type D, type DeploymentControllerCore } from './deploymentContext';
import { hasProgressDeadline, progressDeadlineSecondsOf } from './deploymentSpec';
import type { RS } from './replicaSetUtil';

/** The new set's ReplicaFailure wins over the old sets'. */
function getReplicaFailures(allRSs: readonly (RS | undefined)[], newRS: RS | undefined): DeploymentCondition[] {
  const failures = (rs: RS | undefined) => (rs?.status?.conditions ?? []).filter((c) => c.type === DEPLOYMENT_REPLICA_FAILURE).map(replicaSetToDeploymentCondition);
  const fromNew = failures(newRS);
  return fromNew.length ? fromNew : allRSs.flatMap(failures);
}

function estimateProgress(dc: DeploymentControllerCore, d: D, newRS: RS | undefined, newStatus: DeploymentStatus): void {
  const now = dc.clock.now();
  const subject = newRS ? `ReplicaSet "${newRS.metadata.name}"` : `Deployment "${d.metadata.name}"`;
  if (deploymentComplete(d, newStatus)) {
    setDeploymentCondition(newStatus, newDeploymentCondition(DEPLOYMENT_PROGRESSING, 'True', NEW_RS_AVAILABLE_REASON, `${subject} has successfully progressed.`, now));
  } else if (deploymentProgressing(d, newStatus)) {
    // Progress refreshes lastUpdateTime even when the reason stays the same, which
    // setDeploymentCondition alone would not do.
    const condition = newDeploymentCondition(DEPLOYMENT_PROGRESSING, 'True', REPLICA_SET_UPDATED_REASON, `${subject} is progressing.`, now);
    const current = getDeploymentCondition(d.status, DEPLOYMENT_PROGRESSING);
    if (current) {
      if (current.status === 'True') condition.lastTransitionTime = current.lastTransitionTime;
      removeDeploymentCondition(newStatus, DEPLOYMENT_PROGRESSING);
    }
    setDeploymentCondition(newStatus, condition);
  } else if (deploymentTimedOut(d, newStatus, now)) {
    setDeploymentCondition(newStatus, newDeploymentCondition(DEPLOYMENT_PROGRESSING, 'False', TIMED_OUT_REASON, `${subject} has timed out progressing.`, now));
  }
}

export function syncRolloutStatus(dc: DeploymentControllerCore, allRSs: readonly (RS | undefined)[], newRS: RS | undefined, d: D): void {
  const newStatus = calculateStatus(allRSs, newRS, d, dc.clock.now());
  if (!hasProgressDeadline(d)) removeDeploymentCondition(newStatus, DEPLOYMENT_PROGRESSING);
  // Only one active set and a finished rollout: a resync, nothing to estimate.
  const currentCond = getDeploymentCondition(d.status, DEPLOYMENT_PROGRESSING);
  const isCompleteDeployment = newStatus.replicas === newStatus.updatedReplicas && currentCond?.reason === NEW_RS_AVAILABLE_REASON;
  if (hasProgressDeadline(d) && !isCompleteDeployment) estimateProgress(dc, d, newRS, newStatus);
  const [failure] = getReplicaFailures(allRSs, newRS);
  if (failure) setDeploymentCondition(newStatus, failure);
  else removeDeploymentCondition(newStatus, DEPLOYMENT_REPLICA_FAILURE);
  if (deepEqual(d.status ?? {}, newStatus)) {
    requeueStuckDeployment(dc, d, newStatus);
    return;
  }
  d.status = newStatus;
  updateDeploymentStatus(dc, d);
}

/**
 * A rollout that is neither complete nor timed out gets looked at again when its deadline
 * passes (lastUpdateTime + progressDeadlineSeconds), so the timeout is reported on time.
 * Returns the delay in seconds, or undefined when no check is due.
 */
export function requeueStuckDeployment(dc: DeploymentControllerCore, d: D, newStatus: DeploymentStatus): number | undefined {
  const current = getDeploymentCondition(d.status, DEPLOYMENT_PROGRESSING);
  if (!hasProgressDeadline(d) || !current) return undefined;
  if (deploymentComplete(d, newStatus) || current.reason === TIMED_OUT_REASON) return undefined;
  const lastUpdate = parseTime(current.lastUpdateTime) ?? 0;
  const after = (lastUpdate + progressDeadlineSecondsOf(d) * 1000 - dc.clock.now()) / 1000;
  if (after < 1) {
    dc.queue.addRateLimited(keyOf(d));
    return 0;
  }
  dc.queue.addAfter(keyOf(d), after + 1);
  return after;
}
