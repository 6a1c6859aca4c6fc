import type { Deployment } from 'kubernetes-types/apps/v1';
import { describe, expect, it } from 'vitest';
import { calculateStatus } from './calculateStatus';
import type { RS } from './replicaSetUtil';

const NOW = Date.UTC(2024, 5, 1);

const rs = (name: string, spec: number, replicas: number, ready: number, available: number): RS =>
  ({ metadata: { name, uid: name, resourceVersion: '1', creationTimestamp: '2024-06-01T00:00:00Z' }, spec: { replicas: spec, selector: {} }, status: { replicas, readyReplicas: ready, availableReplicas: available } }) as RS;

const deploy: Deployment = { metadata: { generation: 4 }, spec: { replicas: 4, selector: {}, template: {} }, status: { collisionCount: 1 } };

describe('calculateStatus (Deployment)', () => {
  it.each([
    {
      name: 'mid-rollout, still minimally available (maxUnavailable 1)',
      sets: [rs('old', 3, 3, 3, 3), rs('new', 2, 2, 1, 0)],
      want: { observedGeneration: 4, replicas: 5, updatedReplicas: 2, readyReplicas: 4, availableReplicas: 3, unavailableReplicas: 2, collisionCount: 1 },
      available: ['True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.'],
    },
    {
      name: 'exactly at the minimum',
      sets: [rs('old', 0, 1, 1, 1), rs('new', 4, 4, 2, 2)],
      want: { observedGeneration: 4, replicas: 5, updatedReplicas: 4, readyReplicas: 3, availableReplicas: 3, unavailableReplicas: 1, collisionCount: 1 },
      available: ['True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.'],
    },
    {
      name: 'nothing available: zero counts are omitted',
      sets: [rs('new', 4, 0, 0, 0)],
      want: { observedGeneration: 4, unavailableReplicas: 4, collisionCount: 1 },
      available: ['False', 'MinimumReplicasUnavailable', 'Deployment does not have minimum availability.'],
    },
  ])('$name', ({ sets, want, available }) => {
    const status = calculateStatus(sets, sets[sets.length - 1], deploy, NOW);
    const { conditions, ...counts } = status;
    expect(counts).toEqual(want);
    expect(conditions?.map((c) => [c.status, c.reason, c.message])).toEqual([available]);
  });
});
