/**
 * prepareCandidate: what preemption does to the cluster once a node is picked. Each victim gets
 * the DisruptionTarget condition (so its owner and `kubectl describe` can tell why it went),
 * is deleted gracefully — it keeps its termination grace period — and an event names the pod it
 * made room for. Lower-priority pods nominated to the same node lose their nomination.
 */
import type { Pod, PodCondition } from 'kubernetes-types/core/v1';
import { rfc3339 } from '../../../common/time';
import { isApiError } from '../../api/errors';
import { PODS } from '../../api/resources';
import type { Stored } from '../../api/types';
import type { EventRecorder } from '../../client/eventRecorder';
import type { ClusterClient } from '../../client/types';
import type { Nominator } from './nominator';
import { podPriority } from './nominator';
import type { Candidate } from './pickOneNode';
import { PREEMPTION_BY_SCHEDULER } from './preempt';

export interface PrepareCandidateDeps {
  client: ClusterClient;
  recorder: EventRecorder;
  nominator: Nominator;
  nowMs: number;
}

function ignoreNotFound(write: () => void): void {
  try {
    write();
  } catch (e) {
    if (!isApiError(e, 'NotFound')) throw e;
  }
}

function markDisruptionTarget(client: ClusterClient, victim: Stored<Pod>, schedulerName: string, nowMs: number): void {
  const condition = {
    type: 'DisruptionTarget',
    status: 'True',
    lastProbeTime: null,
    lastTransitionTime: rfc3339(nowMs),
    reason: PREEMPTION_BY_SCHEDULER,
    message: `${schedulerName}: preempting to accommodate a higher priority pod`,
  } as unknown as PodCondition;
  const conditions = [...(victim.status?.conditions ?? []).filter((c) => c.type !== 'DisruptionTarget'), condition];
  client.patch(PODS, victim.metadata.name, 'merge', { status: { conditions } }, { namespace: victim.metadata.namespace, subresource: 'status' });
}

export function prepareCandidate(deps: PrepareCandidateDeps, preemptor: Stored<Pod>, candidate: Candidate, schedulerName: string): void {
  const { client, recorder } = deps;
  for (const { pod: victim } of candidate.victims.pods) {
    const namespace = victim.metadata.namespace;
    ignoreNotFound(() => {
      markDisruptionTarget(client, victim, schedulerName, deps.nowMs);
      client.delete(PODS, victim.metadata.name, { namespace });
    });
    recorder.event(victim, 'Normal', 'Preempted', `Preempted by pod ${preemptor.metadata.uid} on node ${candidate.node}`);
  }
  for (const { pod } of deps.nominator.lowerPriorityNominated(candidate.node, podPriority(preemptor))) {
    ignoreNotFound(() => client.patch(PODS, pod.metadata.name, 'merge', { status: { nominatedNodeName: null } }, { namespace: pod.metadata.namespace, subresource: 'status' }));
  }
}
