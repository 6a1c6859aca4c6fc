import { describe, expect, it } from 'vitest';
import { resourceReplicas, type PodResourceInfo } from './replicaCalculator';

const pod = (name: string, usageMilli: number | undefined, ready = true, requestMilli: number | undefined = 200): PodResourceInfo => ({ name, ready, usageMilli, requestMilli, missingRequestContainer: 'app' });

describe('resourceReplicas', () => {
  it.each([
    ['ceil(current × utilisation / target): 1 pod at 250 % of a 50 % target', 1, 50, [pod('a', 500)], 5, 250],
    ['within the 0.1 tolerance: no change', 2, 50, [pod('a', 105), pod('b', 105)], 2, 52],
    ['just past the tolerance: scales', 2, 50, [pod('a', 112), pod('b', 112)], 3, 56],
    ['below target: scales down', 4, 50, [pod('a', 10), pod('b', 10), pod('c', 10), pod('d', 10)], 1, 5],
    ['missing metrics count as 0 % when scaling up', 2, 50, [pod('a', 400), pod('b', undefined)], 4, 200],
    ['missing metrics count as 100 % of target when scaling down', 2, 50, [pod('a', 20), pod('b', undefined)], 2, 10],
    ['pending pods are left out when scaling down', 4, 50, [pod('a', 2), pod('b', 2), { ...pod('c', undefined), pending: true }, { ...pod('d', undefined), pending: true }], 1, 1],
    ['not-ready pods count as 0 % when scaling up', 2, 50, [pod('a', 400), pod('b', 400, false)], 4, 200],
  ])('%s', (_name, current, target, pods, replicas, utilization) => {
    const r = resourceReplicas(current, target, 'cpu', pods);
    expect(r.replicas).toBe(replicas);
    expect(r.utilization).toBe(utilization);
  });

  it.each([
    ['no metrics at all', [pod('a', undefined)], 'unable to get metrics for resource cpu: no metrics returned from resource metrics API'],
    ['a container without a request', [{ ...pod('a', 100), requestMilli: undefined }], 'missing request for cpu in container app of Pod a'],
  ])('fails on %s', (_name, pods, message) => {
    expect(() => resourceReplicas(1, 50, 'cpu', pods)).toThrow(message);
  });
});
