/**
 * A Deployment's status, summed from its ReplicaSets, with the Available condition decided by
 * maxUnavailable: a rolling update may run below `replicas` without losing availability.
 */
import type { Deployment, DeploymentStatus } from 'kubernetes-types/apps/v1';
import {
  DEPLOYMENT_AVAILABLE,
  MINIMUM_REPLICAS_AVAILABLE,
  MINIMUM_REPLICAS_UNAVAILABLE,
  newDeploymentCondition,
  setDeploymentCondition,
} from './conditions';
import { maxUnavailable, replicasOf } from './deploymentSpec';
import {
  getActualReplicaCountForReplicaSets,
  getAvailableReplicaCountForReplicaSets,
  getReadyReplicaCountForReplicaSets,
  getReplicaCountForReplicaSets,
  type RS,
} from './replicaSetUtil';

export function calculateStatus(allRSs: readonly (RS | undefined)[], newRS: RS | undefined, d: Deployment, nowMs: number): DeploymentStatus {
  const available = getAvailableReplicaCountForReplicaSets(allRSs);
  // Negative while scaling down with more pods available than wanted.
  const unavailable = Math.max(0, getReplicaCountForReplicaSets(allRSs) - available);
  const counts: Record<string, number | undefined> = {
    observedGeneration: d.metadata?.generation,
    replicas: getActualReplicaCountForReplicaSets(allRSs),
    updatedReplicas: getActualReplicaCountForReplicaSets([newRS]),
    readyReplicas: getReadyReplicaCountForReplicaSets(allRSs),
    availableReplicas: available,
    unavailableReplicas: unavailable,
    collisionCount: d.status?.collisionCount,
  };
  // Every count is omitempty in apps/v1.
  const status: DeploymentStatus = Object.fromEntries(Object.entries(counts).filter(([, v]) => v)) as DeploymentStatus;
  if (d.status?.conditions?.length) status.conditions = d.status.conditions.map((c) => ({ ...c }));
  if (available >= replicasOf(d) - maxUnavailable(d)) {
    setDeploymentCondition(status, newDeploymentCondition(DEPLOYMENT_AVAILABLE, 'True', MINIMUM_REPLICAS_AVAILABLE, 'Deployment has minimum availability.', nowMs));
  } else {
    setDeploymentCondition(status, newDeploymentCondition(DEPLOYMENT_AVAILABLE, 'False', MINIMUM_REPLICAS_UNAVAILABLE, 'Deployment does not have minimum availability.', nowMs));
  }
  return status;
}
