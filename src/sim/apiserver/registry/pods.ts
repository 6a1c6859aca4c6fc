/**
 * Pods: the status starts as Pending with the QoS class computed from requests and limits, and
 * deletion of a pod that runs on a node is graceful: the kubelet finishes it.
 */
import type { Pod, Container } from 'kubernetes-types/core/v1';
import type { KubeObject, Stored } from '../../api/types';
import type { Strategy } from './strategy';

/** Guaranteed when every container's requests equal its limits for cpu and memory. */
export function qosClass(pod: Pod): 'Guaranteed' | 'Burstable' | 'BestEffort' {
  const containers: Container[] = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  let any = false;
  let guaranteed = true;
  for (const c of containers) {
    const req = c.resources?.requests ?? {};
    const lim = c.resources?.limits ?? {};
    for (const r of ['cpu', 'memory']) {
      if (req[r] !== undefined || lim[r] !== undefined) any = true;
      if (lim[r] === undefined || (req[r] !== undefined && String(req[r]) !== String(lim[r]))) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

export const podStrategy: Strategy = {
  tracksGeneration: false,
  hasStatus: true,
  prepareForCreate(obj: KubeObject) {
    obj.status = { phase: 'Pending', qosClass: qosClass(obj as Pod) };
  },
  gracePeriod(obj: Stored, requested: number | undefined) {
    const pod = obj as unknown as Pod;
    // A pod no kubelet owns, or one that already finished, has nothing to shut down.
    if (!pod.spec?.nodeName) return undefined;
    if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') return undefined;
    const seconds = requested ?? pod.spec.terminationGracePeriodSeconds ?? 30;
    return seconds > 0 ? seconds : undefined;
  },
};
