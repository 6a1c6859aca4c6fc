/**
 * RollingUpdate (pkg/controller/deployment/rolling.go): grow the new ReplicaSet within
 * maxSurge, shrink old ones only as far as maxUnavailable allows — unhealthy old pods first,
 * since they count against availability anyway — and clean up once the rollout completes.
 */
import { deploymentComplete } from './conditions';
import type { D, DeploymentControllerCore } from './deploymentContext';
import { maxUnavailable, replicasOf } from './deploymentSpec';
import { getAllReplicaSetsAndSyncRevision } from './getNewReplicaSet';
import { syncRolloutStatus } from './progress';
import { newRSNewReplicas } from './replicaMath';
import { compareByCreationTimestamp, filterActiveReplicaSets, getAvailableReplicaCountForReplicaSets, getReplicaCountForReplicaSets, rsReplicas, type RS } from './replicaSetUtil';
import { scaleReplicaSetAndRecordEvent } from './scaleReplicaSet';
import { cleanupDeployment } from './sync';

export function rolloutRolling(dc: DeploymentControllerCore, d: D, rsList: readonly RS[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(dc, d, rsList, true);
  const allRSs = [...oldRSs, newRS];
  if (newRS && reconcileNewReplicaSet(dc, allRSs, newRS, d)) return syncRolloutStatus(dc, allRSs, newRS, d);
  if (newRS && reconcileOldReplicaSets(dc, allRSs, filterActiveReplicaSets(oldRSs), newRS, d)) return syncRolloutStatus(dc, allRSs, newRS, d);
  if (deploymentComplete(d, d.status ?? {})) cleanupDeployment(dc, oldRSs, d);
  syncRolloutStatus(dc, allRSs, newRS, d);
}

/** Scales the new set towards `replicas` (down at once if above it); true when it scaled. */
export function reconcileNewReplicaSet(dc: DeploymentControllerCore, allRSs: readonly (RS | undefined)[], newRS: RS, d: D): boolean {
  const replicas = replicasOf(d);
  if (rsReplicas(newRS) === replicas) return false;
  if (rsReplicas(newRS) > replicas) return scaleReplicaSetAndRecordEvent(dc, newRS, replicas, d).scaled;
  return scaleReplicaSetAndRecordEvent(dc, newRS, newRSNewReplicas(d, allRSs, newRS), d).scaled;
}

/**
 * maxScaledDown = all pods − minAvailable − new pods not yet available: the most old pods that
 * can go without dropping below minAvailable even if every unavailable new pod stays so.
 */
export function reconcileOldReplicaSets(dc: DeploymentControllerCore, allRSs: readonly (RS | undefined)[], oldRSs: RS[], newRS: RS, d: D): boolean {
  if (getReplicaCountForReplicaSets(oldRSs) === 0) return false;
  const minAvailable = replicasOf(d) - maxUnavailable(d);
  const newRSUnavailablePodCount = rsReplicas(newRS) - (newRS.status?.availableReplicas ?? 0);
  const maxScaledDown = getReplicaCountForReplicaSets(allRSs) - minAvailable - newRSUnavailablePodCount;
  if (maxScaledDown <= 0) return false;
  const cleanupCount = cleanupUnhealthyReplicas(dc, oldRSs, d, maxScaledDown);
  const scaledDownCount = scaleDownOldReplicaSetsForRollingUpdate(dc, [...oldRSs, newRS], oldRSs, d);
  return cleanupCount + scaledDownCount > 0;
}

/** Removes old pods that are not available anyway, oldest sets first; updates `oldRSs` in place. */
export function cleanupUnhealthyReplicas(dc: DeploymentControllerCore, oldRSs: RS[], d: D, maxCleanupCount: number): number {
  oldRSs.sort(compareByCreationTimestamp);
  let total = 0;
  for (let i = 0; i < oldRSs.length && total < maxCleanupCount; i++) {
    const rs = oldRSs[i];
    const unhealthy = rsReplicas(rs) - (rs.status?.availableReplicas ?? 0);
    if (rsReplicas(rs) === 0 || unhealthy <= 0) continue;
    const count = Math.min(maxCleanupCount - total, unhealthy);
    oldRSs[i] = scaleReplicaSetAndRecordEvent(dc, rs, rsReplicas(rs) - count, d).rs;
    total += count;
  }
  return total;
}

/** Scales old sets down by as many available pods as exceed minAvailable, oldest first. */
export function scaleDownOldReplicaSetsForRollingUpdate(dc: DeploymentControllerCore, allRSs: readonly (RS | undefined)[], oldRSs: RS[], d: D): number {
  const minAvailable = replicasOf(d) - maxUnavailable(d);
  const available = getAvailableReplicaCountForReplicaSets(allRSs);
  if (available <= minAvailable) return 0;
  oldRSs.sort(compareByCreationTimestamp);
  const totalScaleDownCount = available - minAvailable;
  let total = 0;
  for (const rs of oldRSs) {
    if (total >= totalScaleDownCount) break;
    if (rsReplicas(rs) === 0) continue;
    const count = Math.min(rsReplicas(rs), totalScaleDownCount - total);
    scaleReplicaSetAndRecordEvent(dc, rs, rsReplicas(rs) - count, d);
    total += count;
  }
  return total;
}
