/**
 * How many replicas a ReplicaSet should get: the new set's next size under maxSurge, and each
 * set's share when a Deployment is resized in the middle of a rollout (proportional scaling).
 */
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import { getDesiredReplicasAnnotation, getMaxReplicasAnnotation } from './annotations';
import { maxSurge, replicasOf, strategyTypeOf } from './deploymentSpec';
import { getReplicaCountForReplicaSets, rsReplicas, type RS } from './replicaSetUtil';

/** NewRSNewReplicas: grow the new set as far as maxSurge allows, never past `replicas`. */
export function newRSNewReplicas(d: Deployment, allRSs: readonly (RS | undefined)[], newRS: ReplicaSet): number {
  const replicas = replicasOf(d);
  const type = strategyTypeOf(d);
  if (type === 'Recreate') return replicas;
  if (type !== 'RollingUpdate') throw new Error(`deployment type ${type} isn't supported`);
  const maxTotalPods = replicas + maxSurge(d);
  const currentPodCount = getReplicaCountForReplicaSets(allRSs);
  if (currentPodCount >= maxTotalPods) return rsReplicas(newRS);
  const scaleUpCount = Math.min(maxTotalPods - currentPodCount, replicas - rsReplicas(newRS));
  return rsReplicas(newRS) + scaleUpCount;
}

/** The new set holds every desired pod, all available: old sets can go to zero. */
export function isSaturated(d: Deployment, rs: ReplicaSet | undefined): boolean {
  if (!rs) return false;
  const desired = getDesiredReplicasAnnotation(rs);
  if (desired === undefined) return false;
  const replicas = replicasOf(d);
  return rsReplicas(rs) === replicas && desired === replicas && (rs.status?.availableReplicas ?? 0) === replicas;
}

/** Go's math.Round: halves away from zero. */
const roundHalfAwayFromZero = (x: number) => Math.sign(x) * Math.round(Math.abs(x));

/**
 * The set's size scaled by (new max replicas / the max replicas it was sized for), minus its
 * size: what it should gain (or lose) when the Deployment is resized.
 */
function getReplicaSetFraction(rs: ReplicaSet, d: Deployment): number {
  if (replicasOf(d) === 0) return -rsReplicas(rs);
  const deploymentMaxReplicas = replicasOf(d) + maxSurge(d);
  let before = getMaxReplicasAnnotation(rs);
  // Someone edited the annotation away: fall back to the pods the Deployment had.
  if (!before) before = d.status?.replicas ?? 0;
  if (!before) return 0;
  return roundHalfAwayFromZero((rsReplicas(rs) * deploymentMaxReplicas) / before) - rsReplicas(rs);
}

/** GetProportion: the set's fraction, clamped to what is still left to add or remove. */
export function getProportion(rs: ReplicaSet | undefined, d: Deployment, deploymentReplicasToAdd: number, deploymentReplicasAdded: number): number {
  if (!rs || rsReplicas(rs) === 0 || deploymentReplicasToAdd === 0 || deploymentReplicasToAdd === deploymentReplicasAdded) return 0;
  const fraction = getReplicaSetFraction(rs, d);
  const allowed = deploymentReplicasToAdd - deploymentReplicasAdded;
  return deploymentReplicasToAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}
