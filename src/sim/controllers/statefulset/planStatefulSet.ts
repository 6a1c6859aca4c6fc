/**
 * The ordering decisions of StatefulSetControl.updateStatefulSet as a pure function: which pod
 * to create or delete next. With OrderedReady (monotonic) the set moves one pod at a time and
 * waits — ordinal N+1 is created only once N is Running and Ready, scale-down removes the
 * highest ordinal first and waits for it to be gone, and nothing moves while a pod is
 * unhealthy. With Parallel, every missing pod is created and every condemned pod deleted at
 * once. A RollingUpdate then replaces, from the highest ordinal down to `partition`, one pod
 * at a time the pods not on the update revision.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { isPodAvailable, isPodReady } from '../util/podReadiness';
import { getPodRevision } from './statefulSetPod';

export type StatefulSetAction = { op: 'create'; index: number } | { op: 'delete'; pod: Pod; why: 'failed' | 'condemned' | 'update' };

export interface PlanInput {
  /** Pods by index (ordinal − start ordinal) for the wanted replicas; undefined where missing. */
  replicas: readonly (Pod | undefined)[];
  /** Pods beyond the wanted replicas, in ascending ordinal. */
  condemned: readonly Pod[];
  monotonic: boolean;
  /** RollingUpdate's partition, or undefined for OnDelete. */
  partition?: number;
  updateRevision: string;
  minReadySeconds: number;
  nowMs: number;
}

const isTerminating = (pod: Pod) => !!pod.metadata?.deletionTimestamp;
const isFinished = (pod: Pod) => pod.status?.phase === 'Failed' || pod.status?.phase === 'Succeeded';
export const isRunningAndReady = (pod: Pod) => pod.status?.phase === 'Running' && isPodReady(pod);

export function isHealthy(pod: Pod, minReadySeconds: number, nowMs: number): boolean {
  return isRunningAndReady(pod) && !isTerminating(pod) && isPodAvailable(pod, minReadySeconds, nowMs);
}

export function planStatefulSet(p: PlanInput): StatefulSetAction[] {
  const actions: StatefulSetAction[] = [];
  const healthy = (pod: Pod) => isHealthy(pod, p.minReadySeconds, p.nowMs);
  for (let i = 0; i < p.replicas.length; i++) {
    const pod = p.replicas[i];
    if (!pod) {
      actions.push({ op: 'create', index: i });
      if (p.monotonic) return actions;
      continue;
    }
    if (isFinished(pod) && !isTerminating(pod)) {
      actions.push({ op: 'delete', pod, why: 'failed' });
      if (p.monotonic) return actions;
      continue;
    }
    if (p.monotonic && !healthy(pod)) return actions;
  }
  const firstUnhealthy = [...p.replicas, ...p.condemned].find((pod) => pod && !healthy(pod));
  for (let i = p.condemned.length - 1; i >= 0; i--) {
    const pod = p.condemned[i];
    if (isTerminating(pod)) {
      if (p.monotonic) return actions;
      continue;
    }
    if (p.monotonic && firstUnhealthy && firstUnhealthy !== pod) return actions;
    actions.push({ op: 'delete', pod, why: 'condemned' });
    if (p.monotonic) return actions;
  }
  if (p.partition === undefined || actions.length) return actions;
  for (let i = p.replicas.length - 1; i >= p.partition; i--) {
    const pod = p.replicas[i];
    if (!pod) return actions;
    if (getPodRevision(pod) !== p.updateRevision && !isTerminating(pod)) {
      actions.push({ op: 'delete', pod, why: 'update' });
      return actions;
    }
    if (!healthy(pod)) return actions;
  }
  return actions;
}
