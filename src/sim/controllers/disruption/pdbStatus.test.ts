import type { Pod } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import { describe, expect, it } from 'vitest';
import { calculatePdbStatus, DELETION_TIMEOUT_MS } from './pdbStatus';

const NOW = Date.UTC(2024, 5, 1);
const pod = (name: string, ready: boolean, deleting = false): Pod => ({
  metadata: { name, ...(deleting ? { deletionTimestamp: '2024-06-01T00:00:00Z' } : {}) },
  status: { conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
});
const pdb = (spec: PodDisruptionBudget['spec'], status?: PodDisruptionBudget['status']): PodDisruptionBudget => ({ metadata: { name: 'web', generation: 2 }, spec, ...(status ? { status } : {}) });
const three = [pod('a', true), pod('b', true), pod('c', false)];

describe('calculatePdbStatus', () => {
  it.each([
    ['minAvailable 2 of 2 healthy', pdb({ minAvailable: 2 }), three, 4, { currentHealthy: 2, desiredHealthy: 2, disruptionsAllowed: 0, expectedPods: 3 }],
    ['minAvailable 1', pdb({ minAvailable: 1 }), three, 4, { currentHealthy: 2, desiredHealthy: 1, disruptionsAllowed: 1, expectedPods: 3 }],
    ['maxUnavailable 1 of a scale of 4', pdb({ maxUnavailable: 1 }), three, 4, { currentHealthy: 2, desiredHealthy: 3, disruptionsAllowed: 0, expectedPods: 4 }],
    ['maxUnavailable 50% rounds up', pdb({ maxUnavailable: '50%' }), three, 3, { currentHealthy: 2, desiredHealthy: 1, disruptionsAllowed: 1, expectedPods: 3 }],
    ['minAvailable 50% rounds up', pdb({ minAvailable: '50%' }), three, 3, { currentHealthy: 2, desiredHealthy: 2, disruptionsAllowed: 0, expectedPods: 3 }],
    ['terminating pods are not healthy', pdb({ minAvailable: 1 }), [pod('a', true, true), pod('b', true)], 2, { currentHealthy: 1, disruptionsAllowed: 0 }],
    ['no pods', pdb({ minAvailable: 1 }), [], 0, { currentHealthy: 0, desiredHealthy: 1, disruptionsAllowed: 0, expectedPods: 0 }],
  ])('%s', (_name, budget, pods, scale, want) => {
    const { status } = calculatePdbStatus(budget, { pods, expectedScale: () => scale, nowMs: NOW });
    expect(status).toMatchObject({ ...want, observedGeneration: 2 });
    expect(status.conditions?.[0]).toMatchObject({ type: 'DisruptionAllowed', status: status.disruptionsAllowed > 0 ? 'True' : 'False', reason: status.disruptionsAllowed > 0 ? 'SufficientPods' : 'InsufficientPods' });
  });

  it('a pending eviction counts the pod out until it is deleted or times out', () => {
    const at = '2024-06-01T00:00:00Z';
    const budget = pdb({ minAvailable: 1 }, { currentHealthy: 2, desiredHealthy: 1, disruptionsAllowed: 0, expectedPods: 2, disruptedPods: { a: at } });
    const pods = [pod('a', true), pod('b', true)];
    const fresh = calculatePdbStatus(budget, { pods, expectedScale: () => 2, nowMs: NOW + 1000 });
    expect(fresh.status).toMatchObject({ currentHealthy: 1, disruptionsAllowed: 0, disruptedPods: { a: at } });
    expect(fresh.recheckAtMs).toBe(NOW + DELETION_TIMEOUT_MS);
    const expired = calculatePdbStatus(budget, { pods, expectedScale: () => 2, nowMs: NOW + DELETION_TIMEOUT_MS });
    expect(expired.status).toMatchObject({ currentHealthy: 2, disruptionsAllowed: 1 });
    expect(expired.status.disruptedPods).toBeUndefined();
  });

  it('fails safe when the scale is unknown: nothing may be disrupted', () => {
    const r = calculatePdbStatus(pdb({ maxUnavailable: 1 }), { pods: three, expectedScale: () => 'found no controller ref for pod "a"', nowMs: NOW });
    expect(r.error).toBe('found no controller ref for pod "a"');
    expect(r.status).toMatchObject({ disruptionsAllowed: 0, conditions: [{ status: 'False', reason: 'SyncFailed', message: 'found no controller ref for pod "a"' }] });
    expect(r.status.observedGeneration).toBeUndefined();
  });
});
