import type { ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { calculateStatus } from './calculateStatus';

const NOW = Date.UTC(2024, 5, 1, 0, 1);

const pod = (labels: Record<string, string>, readySince?: string): Pod => ({
  metadata: { labels },
  status: { phase: 'Running', conditions: readySince ? [{ type: 'Ready', status: 'True', lastTransitionTime: readySince }] : [] },
});

const rs = (minReadySeconds: number, status?: ReplicaSet['status']): ReplicaSet => ({
  spec: { replicas: 3, minReadySeconds, selector: {}, template: { metadata: { labels: { app: 'web', tier: 'fe' } } } },
  status,
});

describe('calculateStatus (ReplicaSet)', () => {
  const pods = [pod({ app: 'web', tier: 'fe' }, '2024-06-01T00:00:00Z'), pod({ app: 'web' }, '2024-06-01T00:00:55Z'), pod({ app: 'web', tier: 'fe' })];

  it.each([
    { name: 'without minReadySeconds ready is available', minReady: 0, want: { replicas: 3, fullyLabeledReplicas: 2, readyReplicas: 2, availableReplicas: 2 } },
    { name: 'minReadySeconds 30 holds back the pod ready for 5s', minReady: 30, want: { replicas: 3, fullyLabeledReplicas: 2, readyReplicas: 2, availableReplicas: 1 } },
    { name: 'minReadySeconds 60 is not yet passed (strictly longer)', minReady: 60, want: { replicas: 3, fullyLabeledReplicas: 2, readyReplicas: 2 } },
  ])('$name', ({ minReady, want }) => {
    expect(calculateStatus(rs(minReady), pods, undefined, NOW)).toEqual(want);
  });

  it.each([
    { name: 'too few pods: FailedCreate', pods: 1, reason: 'FailedCreate' },
    { name: 'too many pods: FailedDelete', pods: 4, reason: 'FailedDelete' },
  ])('adds ReplicaFailure on errors: $name', ({ pods: n, reason }) => {
    const status = calculateStatus(rs(0), Array.from({ length: n }, () => pod({ app: 'web', tier: 'fe' })), new Error('boom'), NOW);
    expect(status.conditions).toEqual([{ type: 'ReplicaFailure', status: 'True', lastTransitionTime: '2024-06-01T00:01:00Z', reason, message: 'boom' }]);
  });

  it('clears ReplicaFailure once a sync succeeds', () => {
    const failing = rs(0, { replicas: 1, conditions: [{ type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate', message: 'boom' }] });
    expect(calculateStatus(failing, [], undefined, NOW).conditions).toBeUndefined();
  });
});
