/**
 * Recreate (pkg/controller/deployment/recreate.go): scale every old ReplicaSet to zero, wait
 * until none of their pods is left running, and only then create and scale up the new one —
 * there is a gap with no pods, which is the point.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { Stored } from '../../api/types';
import { deploymentComplete } from './conditions';
import type { D, DeploymentControllerCore } from './deploymentContext';
import { replicasOf } from './deploymentSpec';
import { getAllReplicaSetsAndSyncRevision } from './getNewReplicaSet';
import { syncRolloutStatus } from './progress';
import { filterActiveReplicaSets, getActualReplicaCountForReplicaSets, type RS } from './replicaSetUtil';
import { scaleReplicaSetAndRecordEvent } from './scaleReplicaSet';
import { cleanupDeployment } from './sync';

/** Pods by the uid of the ReplicaSet that controls them. */
export type PodMap = Map<string, Stored<Pod>[]>;

/** Old pods still count until they reach a terminal phase, terminating ones included. */
export function oldPodsRunning(newRS: RS | undefined, oldRSs: readonly RS[], podMap: PodMap): boolean {
  if (getActualReplicaCountForReplicaSets(oldRSs) > 0) return true;
  for (const [rsUID, pods] of podMap) {
    if (newRS && newRS.metadata.uid === rsUID) continue;
    if (pods.some((p) => p.status?.phase !== 'Failed' && p.status?.phase !== 'Succeeded')) return true;
  }
  return false;
}

function scaleDownOldReplicaSetsForRecreate(dc: DeploymentControllerCore, oldRSs: readonly RS[], d: D): boolean {
  let scaled = false;
  for (const rs of oldRSs) if (scaleReplicaSetAndRecordEvent(dc, rs, 0, d).scaled) scaled = true;
  return scaled;
}

export function rolloutRecreate(dc: DeploymentControllerCore, d: D, rsList: readonly RS[], podMap: PodMap): void {
  // No new set yet: creating it now would scale up before the old pods are gone.
  let { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(dc, d, rsList, false);
  let allRSs = [...oldRSs, newRS];
  if (scaleDownOldReplicaSetsForRecreate(dc, filterActiveReplicaSets(oldRSs), d)) return syncRolloutStatus(dc, allRSs, newRS, d);
  if (oldPodsRunning(newRS, oldRSs, podMap)) return syncRolloutStatus(dc, allRSs, newRS, d);
  if (!newRS) {
    ({ newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(dc, d, rsList, true));
    allRSs = [...oldRSs, newRS];
  }
  if (newRS) scaleReplicaSetAndRecordEvent(dc, newRS, replicasOf(d), d);
  if (deploymentComplete(d, d.status ?? {})) cleanupDeployment(dc, oldRSs, d);
  syncRolloutStatus(dc, allRSs, newRS, d);
}
