/**
 * The replica calculator for resource metrics (utilisation as a percentage of requests):
 * desired = ceil(current × currentUtilization / target), nothing within the tolerance, and the
 * conservative assumptions about pods without metrics (not-ready pods count as 0 % when scaling
 * up; missing ones as 100 % of target when scaling down, 0 % when scaling up) so a change of
 * direction is never caused by pods we know nothing about.
 */
export const TOLERANCE = 0.1;

export interface PodResourceInfo {
  name: string;
  ready: boolean;
  /** Not started yet: counted nowhere when scaling down, as 0 % when scaling up. */
  pending?: boolean;
  /** Sum of the pod's containers' requests for the resource (milli-units); undefined when a container has none. */
  requestMilli?: number;
  /** Missing container name, for the error message. */
  missingRequestContainer?: string;
  /** Usage from the metrics API (milli-units); undefined when metrics-server has none for it. */
  usageMilli?: number;
}

export interface ResourceReplicasResult {
  replicas: number;
  utilization: number;
  averageValueMilli: number;
}

export class ReplicaCalculationError extends Error {}

function ratioFor(pods: PodResourceInfo[], target: number): { utilization: number; ratio: number; averageValueMilli: number } {
  const usage = pods.reduce((n, p) => n + (p.usageMilli ?? 0), 0);
  const requests = pods.reduce((n, p) => n + (p.requestMilli ?? 0), 0);
  const utilization = Math.trunc((usage * 100) / requests);
  return { utilization, ratio: (usage * 100) / requests / target, averageValueMilli: usage / pods.length };
}

export function resourceReplicas(currentReplicas: number, targetUtilization: number, resource: string, pods: PodResourceInfo[]): ResourceReplicasResult {
  const measured = pods.filter((p) => p.usageMilli !== undefined && !p.pending);
  if (pods.length === 0 || measured.length === 0) throw new ReplicaCalculationError(`unable to get metrics for resource ${resource}: no metrics returned from resource metrics API`);
  for (const p of pods) {
    if (p.requestMilli === undefined) throw new ReplicaCalculationError(`missing request for ${resource} in container ${p.missingRequestContainer ?? ''} of Pod ${p.name}`);
  }
  // Not-ready pods only distort CPU (start-up bursts); memory counts them.
  const ignored = [...pods.filter((p) => p.pending), ...(resource === 'cpu' ? measured.filter((p) => !p.ready) : [])];
  const ready = measured.filter((p) => !ignored.includes(p));
  const missing = pods.filter((p) => p.usageMilli === undefined && !p.pending);
  const { utilization, ratio, averageValueMilli } = ratioFor(ready.length ? ready : measured, targetUtilization);
  if (!missing.length && !ignored.length) {
    if (Math.abs(1 - ratio) <= TOLERANCE) return { replicas: currentReplicas, utilization, averageValueMilli };
    return { replicas: Math.ceil(ratio * ready.length), utilization, averageValueMilli };
  }
  const assumed = (p: PodResourceInfo, share: number) => ({ ...p, usageMilli: ((p.requestMilli ?? 0) * share * targetUtilization) / 100 });
  const scalingUp = ratio > 1;
  const rebalanced = [
    ...ready,
    ...missing.map((p) => assumed(p, scalingUp ? 0 : 1)),
    ...(scalingUp ? ignored.map((p) => assumed(p, 0)) : []),
  ];
  const { ratio: newRatio } = ratioFor(rebalanced, targetUtilization);
  if (Math.abs(1 - newRatio) <= TOLERANCE || (ratio > 1) !== (newRatio > 1)) return { replicas: currentReplicas, utilization, averageValueMilli };
  const replicas = Math.ceil(newRatio * rebalanced.length);
  // Never let the assumptions flip a scale-down into a larger one than the raw ratio.
  if ((newRatio < 1 && replicas > currentReplicas) || (newRatio > 1 && replicas < currentReplicas)) return { replicas: currentReplicas, utilization, averageValueMilli };
  return { replicas, utilization, averageValueMilli };
}
