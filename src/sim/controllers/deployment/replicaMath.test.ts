import type { Deployment } from 'kubernetes-types/apps/v1';
import { describe, expect, it } from 'vitest';
import type { RS } from './replicaSetUtil';
import { getProportion, isSaturated, newRSNewReplicas } from './replicaMath';

const deploy = (replicas: number, maxSurge: number | string = 3, maxUnavailable: number | string = 2, statusReplicas = 0): Deployment => ({
  spec: { replicas, selector: {}, template: {}, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge, maxUnavailable } } },
  status: { replicas: statusReplicas },
});

const rs = (name: string, replicas: number, annotations: Record<string, string> = {}, available = 0): RS =>
  ({ metadata: { name, uid: name, resourceVersion: '1', creationTimestamp: '2024-06-01T00:00:00Z', annotations }, spec: { replicas, selector: {} }, status: { replicas, availableReplicas: available } }) as RS;

describe('newRSNewReplicas', () => {
  it.each([
    { name: 'room under maxSurge', sets: [10, 0], want: 3 },
    { name: 'surge used up', sets: [10, 3], want: 3 },
    { name: 'never beyond replicas', sets: [0, 8], want: 10 },
    { name: 'partly', sets: [8, 3], want: 5 },
  ])('$name', ({ sets, want }) => {
    const [old, fresh] = [rs('old', sets[0]), rs('new', sets[1])];
    expect(newRSNewReplicas(deploy(10), [old, fresh], fresh)).toBe(want);
  });

  it('Recreate goes straight to replicas', () => {
    const d: Deployment = { spec: { replicas: 4, selector: {}, template: {}, strategy: { type: 'Recreate' } } };
    expect(newRSNewReplicas(d, [rs('new', 0)], rs('new', 0))).toBe(4);
  });
});

describe('getProportion', () => {
  // Scaling 10 → 15 (maxSurge 3): sets sized for max 13 get 18/13 of their size.
  it.each([
    { name: 'the old set of 8 grows by 3', size: 8, toAdd: 5, added: 0, want: 3 },
    { name: 'the new set of 5 gets the rest', size: 5, toAdd: 5, added: 3, want: 2 },
    { name: 'capped by what is left', size: 5, toAdd: 5, added: 4, want: 1 },
    { name: 'an empty set gets nothing', size: 0, toAdd: 5, added: 0, want: 0 },
  ])('$name', ({ size, toAdd, added, want }) => {
    expect(getProportion(rs('x', size, { 'deployment.kubernetes.io/max-replicas': '13' }), deploy(15), toAdd, added)).toBe(want);
  });

  it('scaling to zero takes the whole set', () => {
    expect(getProportion(rs('x', 4, { 'deployment.kubernetes.io/max-replicas': '13' }), deploy(0), -7, 0)).toBe(-4);
  });
});

describe('isSaturated', () => {
  it.each([
    { name: 'full, desired and available', set: rs('n', 3, { 'deployment.kubernetes.io/desired-replicas': '3' }, 3), want: true },
    { name: 'not all available', set: rs('n', 3, { 'deployment.kubernetes.io/desired-replicas': '3' }, 2), want: false },
    { name: 'sized for another count', set: rs('n', 3, { 'deployment.kubernetes.io/desired-replicas': '5' }, 3), want: false },
    { name: 'no annotation', set: rs('n', 3, {}, 3), want: false },
  ])('$name', ({ set, want }) => {
    expect(isSaturated(deploy(3), set)).toBe(want);
  });
});
