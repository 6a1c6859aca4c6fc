/**
 * The non-rollout paths of a sync (pkg/controller/deployment/sync.go): a paused Deployment or a
 * plain resize only scales (proportionally across sets mid-rollout), cleans up old sets and
 * writes status; no new ReplicaSet is created.
 */
import { deepEqual } from '../../../common/objects';
import { isApiError } from '../../api/errors';
import { REPLICASETS } from '../../api/resources';
import { getDesiredReplicasAnnotation } from './annotations';
import { calculateStatus } from './calculateStatus';
import {
  DEPLOYMENT_PROGRESSING,
  getDeploymentCondition,
  newDeploymentCondition,
  PAUSED_DEPLOY_REASON,
  RESUMED_DEPLOY_REASON,
  setDeploymentCondition,
  TIMED_OUT_REASON,
} from './conditions';
import { updateDeploymentStatus, type D, type DeploymentControllerCore } from './deploymentContext';
import { hasProgressDeadline, hasRevisionHistoryLimit, isRollingUpdate, maxSurge, replicasOf, revisionHistoryLimitOf } from './deploymentSpec';
import { getAllReplicaSetsAndSyncRevision } from './getNewReplicaSet';
import { getProportion, isSaturated } from './replicaMath';
import {
  compareByRevision,
  compareBySizeNewer,
  compareBySizeOlder,
  filterActiveReplicaSets,
  findActiveOrLatest,
  getReplicaCountForReplicaSets,
  rsReplicas,
  type RS,
} from './replicaSetUtil';
import { scaleReplicaSet, scaleReplicaSetAndRecordEvent } from './scaleReplicaSet';

/** Pausing and resuming show as Progressing=Unknown, unless a timeout is already reported. */
export function checkPausedConditions(dc: DeploymentControllerCore, d: D): void {
  if (!hasProgressDeadline(d)) return;
  const cond = getDeploymentCondition(d.status, DEPLOYMENT_PROGRESSING);
  if (cond?.reason === TIMED_OUT_REASON) return;
  const pausedCondExists = cond?.reason === PAUSED_DEPLOY_REASON;
  const now = dc.clock.now();
  if (d.spec?.paused && !pausedCondExists) {
    setDeploymentCondition((d.status ??= {}), newDeploymentCondition(DEPLOYMENT_PROGRESSING, 'Unknown', PAUSED_DEPLOY_REASON, 'Deployment is paused', now));
  } else if (!d.spec?.paused && pausedCondExists) {
    setDeploymentCondition((d.status ??= {}), newDeploymentCondition(DEPLOYMENT_PROGRESSING, 'Unknown', RESUMED_DEPLOY_REASON, 'Deployment is resumed', now));
  } else {
    return;
  }
  updateDeploymentStatus(dc, d);
}

/** A resize: some active set was sized for a different `replicas` than the spec asks now. */
export function isScalingEvent(dc: DeploymentControllerCore, d: D, rsList: readonly RS[]): boolean {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(dc, d, rsList, false);
  return filterActiveReplicaSets([...oldRSs, newRS]).some((rs) => {
    const desired = getDesiredReplicasAnnotation(rs);
    return desired !== undefined && desired !== replicasOf(d);
  });
}

export function sync(dc: DeploymentControllerCore, d: D, rsList: readonly RS[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(dc, d, rsList, false);
  scale(dc, d, newRS, oldRSs);
  if (d.spec?.paused) cleanupDeployment(dc, oldRSs, d);
  syncDeploymentStatus(dc, [...oldRSs, newRS], newRS, d);
}

/** A Deployment being deleted only reports status. */
export function syncStatusOnly(dc: DeploymentControllerCore, d: D, rsList: readonly RS[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(dc, d, rsList, false);
  syncDeploymentStatus(dc, [...oldRSs, newRS], newRS, d);
}

export function syncDeploymentStatus(dc: DeploymentControllerCore, allRSs: readonly (RS | undefined)[], newRS: RS | undefined, d: D): void {
  const newStatus = calculateStatus(allRSs, newRS, d, dc.clock.now());
  if (deepEqual(d.status ?? {}, newStatus)) return;
  d.status = newStatus;
  updateDeploymentStatus(dc, d);
}

/**
 * scale: one active set takes the whole count; a saturated new set sends old ones to zero;
 * otherwise the sets share the change in proportion to their sizes (the largest absorbs
 * rounding leftovers), so a resize mid-rollout keeps the rollout's shape.
 */
export function scale(dc: DeploymentControllerCore, d: D, newRS: RS | undefined, oldRSs: readonly RS[]): void {
  const replicas = replicasOf(d);
  const activeOrLatest = findActiveOrLatest(newRS, oldRSs);
  if (activeOrLatest) {
    if (rsReplicas(activeOrLatest) !== replicas) scaleReplicaSetAndRecordEvent(dc, activeOrLatest, replicas, d);
    return;
  }
  if (isSaturated(d, newRS)) {
    for (const old of filterActiveReplicaSets(oldRSs)) scaleReplicaSetAndRecordEvent(dc, old, 0, d);
    return;
  }
  if (!isRollingUpdate(d)) return;
  const allRSs = filterActiveReplicaSets([...oldRSs, newRS]);
  const allowedSize = replicas > 0 ? replicas + maxSurge(d) : 0;
  const toAdd = allowedSize - getReplicaCountForReplicaSets(allRSs);
  let scalingOperation = '';
  if (toAdd > 0) {
    allRSs.sort(compareBySizeNewer);
    scalingOperation = 'up';
  } else if (toAdd < 0) {
    allRSs.sort(compareBySizeOlder);
    scalingOperation = 'down';
  }
  let added = 0;
  const nameToSize = new Map<string, number>();
  for (const rs of allRSs) {
    const proportion = toAdd !== 0 ? getProportion(rs, d, toAdd, added) : 0;
    nameToSize.set(rs.metadata.name, rsReplicas(rs) + proportion);
    added += proportion;
  }
  allRSs.forEach((rs, i) => {
    let size = nameToSize.get(rs.metadata.name)!;
    if (i === 0 && toAdd !== 0) size = Math.max(0, size + toAdd - added);
    scaleReplicaSet(dc, rs, size, d, scalingOperation);
  });
}

/** Deletes the oldest empty sets beyond revisionHistoryLimit (they are what `rollout undo` uses). */
export function cleanupDeployment(dc: DeploymentControllerCore, oldRSs: readonly RS[], d: D): void {
  if (!hasRevisionHistoryLimit(d)) return;
  const cleanable = oldRSs.filter((rs) => !rs.metadata.deletionTimestamp);
  const diff = cleanable.length - revisionHistoryLimitOf(d);
  if (diff <= 0) return;
  cleanable.sort(compareByRevision);
  for (const rs of cleanable.slice(0, diff)) {
    const busy = (rs.status?.replicas ?? 0) !== 0 || rsReplicas(rs) !== 0 || (rs.metadata.generation ?? 0) > (rs.status?.observedGeneration ?? 0);
    if (busy || rs.metadata.deletionTimestamp) continue;
    try {
      dc.client.delete(REPLICASETS, rs.metadata.name, { namespace: rs.metadata.namespace });
    } catch (e) {
      if (!isApiError(e, 'NotFound')) throw e;
    }
  }
}
