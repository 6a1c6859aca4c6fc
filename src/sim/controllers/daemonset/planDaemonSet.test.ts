import { describe, expect, it } from 'vitest';
import type { DaemonSet } from 'kubernetes-types/apps/v1';
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { manageDaemonPods, rollingUpdate } from './planDaemonSet';

const NOW = Date.parse('2024-06-01T00:10:00Z');
const ds = (rollingUpdate: object = {}): DaemonSet => ({ metadata: { name: 'd' }, spec: { selector: {}, template: { spec: { containers: [] } }, updateStrategy: { type: 'RollingUpdate', rollingUpdate } } });
const node = (name: string): Node => ({ metadata: { name } });
function pod(name: string, hash: string, ready = true, phase = 'Running', created = '2024-06-01T00:00:00Z'): Pod {
  return {
    metadata: { name, creationTimestamp: created, labels: { 'controller-revision-hash': hash } },
    status: { phase, conditions: [{ type: 'Ready', status: ready ? 'True' : 'False', lastTransitionTime: '2024-06-01T00:00:00Z' }] },
  };
}
const names = (pods: Pod[]) => pods.map((p) => p.metadata?.name);

describe('manageDaemonPods', () => {
  it('creates on uncovered nodes, replaces failed pods, trims duplicates and pods on vanished nodes', () => {
    const pods = new Map<string, Pod[]>([
      ['n2', [pod('failed', 'h', false, 'Failed')]],
      ['n3', [pod('old', 'h'), pod('dup', 'h', true, 'Running', '2024-06-01T00:05:00Z')]],
      ['gone', [pod('orphan', 'h')]],
    ]);
    const plan = manageDaemonPods([node('n1'), node('n2'), node('n3')], ds(), pods);
    expect(plan.create).toEqual(['n1']);
    expect(names(plan.delete)).toEqual(['failed', 'dup', 'orphan']);
    expect(names(plan.failed)).toEqual(['failed']);
  });
});

describe('rollingUpdate', () => {
  const old = (n: string, ready = true) => [n, [pod(`old-${n}`, 'h1', ready)]] as [string, Pod[]];
  it.each([
    { name: 'maxUnavailable 1 replaces one available pod', ru: { maxUnavailable: 1 }, pods: [old('a'), old('b'), old('c')], want: { create: [], delete: ['old-a'] } },
    { name: 'unavailable old pods go regardless of the budget', ru: { maxUnavailable: 1 }, pods: [old('a', false), old('b', false), old('c')], want: { create: [], delete: ['old-a', 'old-b'] } },
    { name: 'maxUnavailable 50% of 4 is 2', ru: { maxUnavailable: '50%' }, pods: [old('a'), old('b'), old('c'), old('d')], want: { create: [], delete: ['old-a', 'old-b'] } },
    { name: 'maxSurge 1 starts a new pod beside the old', ru: { maxUnavailable: 0, maxSurge: 1 }, pods: [old('a'), old('b')], want: { create: ['a'], delete: [] } },
    {
      name: 'maxSurge: the old pod goes once the new one is available',
      ru: { maxUnavailable: 0, maxSurge: 1 },
      pods: [['a', [pod('old-a', 'h1'), pod('new-a', 'h2')]] as [string, Pod[]], old('b')],
      want: { create: [], delete: ['old-a'] },
    },
  ])('$name', ({ ru, pods, want }) => {
    const byNode = new Map(pods);
    const out = rollingUpdate(ds(ru), byNode, [...byNode.keys()], 'h2', NOW);
    expect({ create: out.create, delete: names(out.delete) }).toEqual(want);
  });
});
