/**
 * The PodScheduled=False condition an unschedulable pod carries (what `kubectl describe` shows
 * under Conditions), written through the status subresource only when it changes.
 */
import type { Pod, PodCondition } from 'kubernetes-types/core/v1';
import { rfc3339 } from '../../common/time';
import { PODS } from '../api/resources';
import type { Stored } from '../api/types';
import type { ClusterClient } from '../client/types';

export const POD_REASON_UNSCHEDULABLE = 'Unschedulable';

/**
 * `nominatedNodeName`: where preemption made room for the pod; '' clears an old nomination
 * (preemption found nothing), undefined leaves it as it is.
 */
export function patchPodScheduledCondition(client: ClusterClient, pod: Stored<Pod>, message: string, nowMs: number, nominatedNodeName?: string): void {
  const conditions = pod.status?.conditions ?? [];
  const current = conditions.find((c) => c.type === 'PodScheduled');
  const nominationChanges = nominatedNodeName !== undefined && nominatedNodeName !== (pod.status?.nominatedNodeName ?? '');
  if (current?.status === 'False' && current.reason === POD_REASON_UNSCHEDULABLE && current.message === message && !nominationChanges) return;
  const condition = {
    type: 'PodScheduled',
    status: 'False',
    lastProbeTime: null,
    // The transition time moves only when the status does, as podutil.UpdatePodCondition keeps it.
    lastTransitionTime: current?.status === 'False' && current.lastTransitionTime ? current.lastTransitionTime : rfc3339(nowMs),
    reason: POD_REASON_UNSCHEDULABLE,
    message,
  } as unknown as PodCondition;
  const next = [...conditions.filter((c) => c.type !== 'PodScheduled'), condition];
  const nomination = nominationChanges ? { nominatedNodeName: nominatedNodeName || null } : {};
  client.patch(PODS, pod.metadata.name, 'merge', { status: { conditions: next, ...nomination } }, { namespace: pod.metadata.namespace, subresource: 'status' });
}
