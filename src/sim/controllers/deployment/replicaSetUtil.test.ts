import type { Deployment } from 'kubernetes-types/apps/v1';
import { describe, expect, it } from 'vitest';
import { equalIgnoreHash, findActiveOrLatest, findNewReplicaSet, type RS } from './replicaSetUtil';

const template = (image: string, hash?: string) => ({
  metadata: { labels: { app: 'web', ...(hash ? { 'pod-template-hash': hash } : {}) } },
  spec: { containers: [{ name: 'web', image }] },
});

const rs = (name: string, replicas: number, created: string, image = 'nginx:1'): RS =>
  ({ metadata: { name, uid: name, resourceVersion: '1', creationTimestamp: created }, spec: { replicas, selector: {}, template: template(image, name) } }) as RS;

describe('equalIgnoreHash', () => {
  it.each([
    { name: 'hash label ignored', a: template('nginx:1', 'abc'), b: template('nginx:1'), want: true },
    { name: 'image differs', a: template('nginx:1', 'abc'), b: template('nginx:2'), want: false },
    { name: 'empty labels equal missing labels', a: { metadata: { labels: { 'pod-template-hash': 'x' } }, spec: { containers: [] } }, b: { spec: { containers: [] } }, want: true },
  ])('$name', ({ a, b, want }) => expect(equalIgnoreHash(a, b)).toBe(want));
});

describe('findNewReplicaSet', () => {
  it('picks the oldest set with the template', () => {
    const d: Deployment = { spec: { selector: {}, template: template('nginx:2') } };
    const sets = [rs('c', 1, '2024-06-01T00:00:03Z', 'nginx:2'), rs('a', 1, '2024-06-01T00:00:01Z', 'nginx:1'), rs('b', 1, '2024-06-01T00:00:02Z', 'nginx:2')];
    expect(findNewReplicaSet(d, sets)?.metadata.name).toBe('b');
  });
});

describe('findActiveOrLatest', () => {
  it.each([
    { name: 'the only active set', sets: [['old', 0], ['older', 2]] as const, newRS: undefined, want: 'older' },
    { name: 'none active: the new set', sets: [['old', 0]] as const, newRS: ['new', 0] as const, want: 'new' },
    { name: 'none active and no new set: the newest old one', sets: [['old', 0], ['older', 0]] as const, newRS: undefined, want: 'old' },
    { name: 'two active: undefined', sets: [['old', 1]] as const, newRS: ['new', 1] as const, want: undefined },
  ])('$name', ({ sets, newRS, want }) => {
    const times: Record<string, string> = { older: '2024-06-01T00:00:01Z', old: '2024-06-01T00:00:02Z', new: '2024-06-01T00:00:03Z' };
    const olds = sets.map(([n, r]) => rs(n, r, times[n]));
    const fresh = newRS && rs(newRS[0], newRS[1], times[newRS[0]]);
    expect(findActiveOrLatest(fresh, olds)?.metadata.name).toBe(want);
  });
});
