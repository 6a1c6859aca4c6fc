/**
 * Pod readiness and availability as pkg/api/v1/pod reads them: ready means the Ready condition
 * is True; available means ready for longer than minReadySeconds.
 */
import type { Pod, PodCondition } from 'kubernetes-types/core/v1';
import { parseTime } from '../../../common/time';

export function getPodReadyCondition(pod: Pod): PodCondition | undefined {
  return pod.status?.conditions?.find((c) => c.type === 'Ready');
}

export function isPodReady(pod: Pod): boolean {
  return getPodReadyCondition(pod)?.status === 'True';
}

/** When the pod last became ready (ms), or undefined when it is not ready. */
export function podReadyTime(pod: Pod): number | undefined {
  const c = getPodReadyCondition(pod);
  return c?.status === 'True' ? parseTime(c.lastTransitionTime) : undefined;
}

/** podutil.IsPodAvailable: "before" is strict, so a pod is available just after the interval. */
export function isPodAvailable(pod: Pod, minReadySeconds: number, nowMs: number): boolean {
  if (!isPodReady(pod)) return false;
  if (minReadySeconds === 0) return true;
  const since = podReadyTime(pod);
  return since !== undefined && since + minReadySeconds * 1000 < nowMs;
}

