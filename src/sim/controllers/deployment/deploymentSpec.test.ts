import type { Deployment } from 'kubernetes-types/apps/v1';
import { describe, expect, it } from 'vitest';
import { maxSurge, maxUnavailable, resolveFenceposts } from './deploymentSpec';

const d = (replicas: number, strategy?: NonNullable<Deployment['spec']>['strategy']): Deployment => ({
  spec: { replicas, selector: {}, template: {}, strategy },
});

describe('resolveFenceposts', () => {
  it.each([
    { maxSurge: '25%', maxUnavailable: '25%', desired: 3, surge: 1, unavailable: 0 },
    { maxSurge: '25%', maxUnavailable: '25%', desired: 10, surge: 3, unavailable: 2 },
    { maxSurge: 0, maxUnavailable: 1, desired: 3, surge: 0, unavailable: 1 },
    { maxSurge: '0%', maxUnavailable: '10%', desired: 3, surge: 0, unavailable: 1 },
    { maxSurge: '50%', maxUnavailable: 0, desired: 3, surge: 2, unavailable: 0 },
  ])('$maxSurge / $maxUnavailable of $desired → $surge / $unavailable', ({ maxSurge, maxUnavailable, desired, surge, unavailable }) => {
    expect(resolveFenceposts(maxSurge, maxUnavailable, desired)).toEqual({ surge, unavailable });
  });
});

describe('maxSurge and maxUnavailable', () => {
  it.each([
    { name: 'defaults to 25% / 25%', deploy: d(4), surge: 1, unavailable: 1 },
    { name: 'Recreate has neither', deploy: d(4, { type: 'Recreate' }), surge: 0, unavailable: 0 },
    { name: 'unavailable never exceeds replicas', deploy: d(2, { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 5 } }), surge: 1, unavailable: 2 },
    { name: 'zero replicas: nothing may be unavailable', deploy: d(0), surge: 0, unavailable: 0 },
  ])('$name', ({ deploy, surge, unavailable }) => {
    expect(maxSurge(deploy)).toBe(surge);
    expect(maxUnavailable(deploy)).toBe(unavailable);
  });
});
