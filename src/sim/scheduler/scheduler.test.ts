import type { Event, Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { NODES, PODS } from '../api/resources';
import { TestCluster } from '../testing/testCluster';
import { CONTROL_PLANE_TAINT, makeNode, makePod } from './fixtures';
import { Scheduler } from './scheduler';

function setup(seed = 1) {
  const tc = new TestCluster({ seed });
  const scheduler = new Scheduler({ client: tc.client, informers: tc.cluster.informers, clock: tc.clock, rng: tc.cluster.rng });
  tc.cluster.addRunnable(scheduler);
  tc.cluster.informers.start();
  return { tc, scheduler };
}

/** The usual learner's cluster: a tainted control plane and two 2-CPU workers. */
function threeNodes(tc: TestCluster) {
  tc.create(makeNode('control-plane', { taints: [CONTROL_PLANE_TAINT], labels: { 'node-role.kubernetes.io/control-plane': '' } }));
  tc.create(makeNode('worker-1'));
  tc.create(makeNode('worker-2'));
}

const replica = (name: string, requests?: Record<string, string>) =>
  makePod(name, {}, requests, { labels: { app: 'web' }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7d4b9c8f5b', uid: 'rs-uid', controller: true }] });

const nodeOf = (tc: TestCluster, name: string) => tc.get<Pod>('pods', name).spec?.nodeName;
const eventsFor = (tc: TestCluster, name: string) => tc.list<Event>('events', { namespace: 'default' }).filter((e) => e.involvedObject.name === name);

const BRIEF_MESSAGE =
  '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.';

describe('Scheduler', () => {
  it('binds a pod and records the Scheduled event', () => {
    const { tc } = setup();
    threeNodes(tc);
    tc.create(makePod('web-1'));
    const pod = tc.get<Pod>('pods', 'web-1');
    expect(pod.spec?.nodeName).toMatch(/^worker-/);
    expect(pod.status?.conditions?.find((c) => c.type === 'PodScheduled')?.status).toBe('True');
    const [ev] = eventsFor(tc, 'web-1');
    expect(ev).toMatchObject({ type: 'Normal', reason: 'Scheduled', message: `Successfully assigned default/web-1 to ${pod.spec?.nodeName}`, source: { component: 'default-scheduler' } });
  });

  it('keeps a pod that fits nowhere Pending with the exact FailedScheduling message and condition', () => {
    const { tc } = setup();
    threeNodes(tc);
    tc.create(makePod('big', {}, { cpu: '4' }));
    tc.advance(1);
    const pod = tc.get<Pod>('pods', 'big');
    expect(pod.spec?.nodeName).toBeUndefined();
    expect(pod.status?.conditions).toEqual([
      { type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: '2024-06-01T00:00:00Z', reason: 'Unschedulable', message: BRIEF_MESSAGE },
    ]);
    expect(eventsFor(tc, 'big').map((e) => [e.type, e.reason, e.message])).toEqual([['Warning', 'FailedScheduling', BRIEF_MESSAGE]]);
  });

  it('does not retry on its own status write; retries after 5 minutes when nothing changed', () => {
    const { tc } = setup();
    threeNodes(tc);
    tc.create(makePod('big', {}, { cpu: '4' }));
    tc.advance(60);
    expect(eventsFor(tc, 'big')[0].count).toBe(1);
    tc.advance(300);
    expect(eventsFor(tc, 'big')[0].count).toBe(2);
  });

  it('never places pods on the tainted control plane and spreads 3 replicas over the 2 workers', () => {
    const { tc } = setup();
    threeNodes(tc);
    for (const n of ['web-a', 'web-b', 'web-c']) tc.create(replica(n));
    const nodes = ['web-a', 'web-b', 'web-c'].map((n) => nodeOf(tc, n));
    expect(nodes).not.toContain('control-plane');
    expect(new Set(nodes)).toEqual(new Set(['worker-1', 'worker-2']));
    expect(tc.unexpectedErrors()).toEqual([]);
  });

  it('puts 3 replicas on 3 different nodes when there are 3 workers', () => {
    for (const seed of [1, 2, 3, 4]) {
      const { tc } = setup(seed);
      for (const n of ['w1', 'w2', 'w3']) tc.create(makeNode(n, { cpu: '8', memory: '16Gi' }));
      for (const n of ['web-a', 'web-b', 'web-c']) tc.create(replica(n, { cpu: '100m', memory: '64Mi' }));
      expect(new Set(['web-a', 'web-b', 'web-c'].map((n) => nodeOf(tc, n))).size).toBe(3);
    }
  });

  it('honours nodeSelector', () => {
    const { tc } = setup();
    threeNodes(tc);
    tc.create(makeNode('ssd-node', { labels: { disktype: 'ssd' } }));
    for (const n of ['a', 'b', 'c']) tc.create(makePod(n, { nodeSelector: { disktype: 'ssd' } }));
    expect(['a', 'b', 'c'].map((n) => nodeOf(tc, n))).toEqual(['ssd-node', 'ssd-node', 'ssd-node']);
  });

  it('skips a cordoned node', () => {
    const { tc } = setup();
    threeNodes(tc);
    tc.client.patch(NODES, 'worker-1', 'merge', { spec: { unschedulable: true } });
    for (const n of ['a', 'b', 'c', 'd']) tc.create(makePod(n));
    expect(['a', 'b', 'c', 'd'].map((n) => nodeOf(tc, n))).toEqual(['worker-2', 'worker-2', 'worker-2', 'worker-2']);
  });

  it('schedules a waiting pod once a node is added, after its backoff', () => {
    const { tc } = setup();
    tc.create(makePod('early'));
    expect(tc.get<Pod>('pods', 'early').status?.conditions?.[0].message).toBe('no nodes available to schedule pods');
    tc.create(makeNode('late'));
    expect(nodeOf(tc, 'early')).toBeUndefined();
    tc.advance(1);
    expect(nodeOf(tc, 'early')).toBe('late');
  });

  it('schedules a waiting pod when a bound pod is deleted and frees room', () => {
    const { tc } = setup();
    tc.create(makeNode('only', { cpu: '1' }));
    tc.create(makePod('first', {}, { cpu: '800m' }));
    tc.create(makePod('second', {}, { cpu: '800m' }));
    expect(nodeOf(tc, 'second')).toBeUndefined();
    tc.client.patch(PODS, 'first', 'merge', { status: { phase: 'Succeeded' } }, { namespace: 'default', subresource: 'status' });
    tc.advance(2);
    expect(nodeOf(tc, 'second')).toBe('only');
  });

  it('accounts each pod before the next is scheduled in the same instant', () => {
    const { tc } = setup();
    tc.create(makeNode('small', { cpu: '1' }));
    tc.create(makeNode('other', { cpu: '1' }));
    for (const n of ['a', 'b', 'c']) tc.create(makePod(n, {}, { cpu: '600m' }));
    const placed = ['a', 'b', 'c'].map((n) => nodeOf(tc, n));
    expect(placed.filter(Boolean).sort()).toEqual(['other', 'small']);
  });

  it('places the same pods on the same nodes for the same seed', () => {
    const placement = (seed: number) => {
      const { tc } = setup(seed);
      for (const n of ['n1', 'n2', 'n3', 'n4']) tc.create(makeNode(n));
      const names = Array.from({ length: 12 }, (_, i) => `p${i}`);
      for (const n of names) tc.create(makePod(n));
      return names.map((n) => nodeOf(tc, n));
    };
    expect(placement(42)).toEqual(placement(42));
    expect([1, 2, 3, 4].map((s) => placement(s).join())).not.toEqual(Array(4).fill(placement(1).join()));
  });

  it('explains the last attempt per node and plugin', () => {
    const { tc, scheduler } = setup();
    threeNodes(tc);
    tc.create(makePod('big', {}, { cpu: '4' }));
    const why = scheduler.explain('default', 'big')!;
    expect(why).toMatchObject({ result: 'Unschedulable', numAllNodes: 3, attempt: 1, message: BRIEF_MESSAGE });
    const cp = why.nodes.find((n) => n.node === 'control-plane')!;
    expect(cp.filters.map((f) => [f.plugin, f.passed])).toEqual([
      ['NodeUnschedulable', true],
      ['NodeName', true],
      ['TaintToleration', false],
    ]);
    expect(why.nodes.find((n) => n.node === 'worker-1')!.filters.at(-1)).toEqual({ plugin: 'NodeResourcesFit', passed: false, code: 'Unschedulable', reasons: ['Insufficient cpu'] });

    tc.create(makePod('small'));
    const ok = scheduler.explain('default', 'small')!;
    const chosen = ok.nodes.find((n) => n.selected)!;
    expect(chosen.node).toBe(ok.node);
    expect(chosen.scores.map((s) => s.plugin)).toContain('NodeResourcesFit');
    expect(chosen.total).toBe(chosen.scores.reduce((a, s) => a + s.weighted, 0));
    expect(Math.max(...ok.nodes.filter((n) => n.feasible).map((n) => n.total!))).toBe(chosen.total);
  });

  it('keeps a third anti-affine replica Pending on two workers, and places it when a worker joins', () => {
    const { tc } = setup();
    threeNodes(tc);
    const spec = { affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'web' } }, topologyKey: 'kubernetes.io/hostname' }] } } };
    for (const n of ['web-a', 'web-b', 'web-c']) tc.create({ ...replica(n), spec: { ...replica(n).spec!, ...spec } });
    const pending = ['web-a', 'web-b', 'web-c'].filter((n) => !nodeOf(tc, n));
    expect(pending).toHaveLength(1);
    expect(eventsFor(tc, pending[0]).map((e) => e.message)).toEqual([
      "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match pod anti-affinity rules. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.",
    ]);
    tc.create(makeNode('worker-3'));
    tc.advance(1);
    expect(nodeOf(tc, pending[0])).toBe('worker-3');
  });

  it('leaves pods for other schedulers alone', () => {
    const { tc } = setup();
    threeNodes(tc);
    tc.create(makePod('custom', { schedulerName: 'my-scheduler' }));
    tc.advance(5);
    expect(nodeOf(tc, 'custom')).toBeUndefined();
    expect(eventsFor(tc, 'custom')).toEqual([]);
  });

  it('counts pods bound before the scheduler started', () => {
    const tc = new TestCluster();
    tc.create(makeNode('n', { cpu: '1' }));
    tc.create(makePod('running', { nodeName: 'n' }, { cpu: '1' }));
    const scheduler = new Scheduler({ client: tc.client, informers: tc.cluster.informers, clock: tc.clock, rng: tc.cluster.rng });
    tc.cluster.addRunnable(scheduler);
    tc.cluster.informers.start();
    tc.create(makePod('late', {}, { cpu: '100m' }));
    expect(nodeOf(tc, 'late')).toBeUndefined();
    expect(scheduler.explain('default', 'late')?.nodes[0].filters.at(-1)?.reasons).toEqual(['Insufficient cpu']);
  });
});
