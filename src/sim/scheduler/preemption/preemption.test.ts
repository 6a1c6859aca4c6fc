import type { Event, Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { PODS } from '../../api/resources';
import { TestCluster } from '../../testing/testCluster';
import { makeNode, makePod, nodeInfo } from '../fixtures';
import { unschedulable } from '../framework';
import type { NodeInfo } from '../nodeInfo';
import { podInfoOf } from '../podInfo';
import { Scheduler } from '../scheduler';
import { pickOneNodeForPreemption, type Candidate } from './pickOneNode';
import { isVictims, selectVictimsOnNode } from './selectVictims';

function setup() {
  const tc = new TestCluster({ seed: 1 });
  tc.cluster.addRunnable(new Scheduler({ client: tc.client, informers: tc.cluster.informers, clock: tc.clock, rng: tc.cluster.rng }));
  tc.cluster.informers.start();
  return tc;
}

const prio = (name: string, priority: number, cpu: string, extra: Partial<NonNullable<Pod['spec']>> = {}, labels?: Record<string, string>) =>
  makePod(name, { priority, ...extra }, { cpu }, labels ? { labels } : {});

const events = (tc: TestCluster, name: string) => tc.list<Event>('events', { namespace: 'default' }).filter((e) => e.involvedObject.name === name).map((e) => [e.reason, e.message]);

/** What the kubelet does once a victim's grace period is over: the pod object goes. */
const finishTermination = (tc: TestCluster, name: string) => tc.client.delete(PODS, name, { namespace: 'default', gracePeriodSeconds: 0 });

describe('preemption', () => {
  it('evicts the lower-priority pod, nominates the node, and binds the preemptor once room exists', () => {
    const tc = setup();
    tc.create(makeNode('worker-1'));
    tc.create(prio('low', 0, '1500m'));
    tc.create(prio('high', 1000, '1'));
    const low = tc.get<Pod>('pods', 'low');
    expect(low.metadata.deletionTimestamp).toBeDefined();
    expect(low.status?.conditions?.find((c) => c.type === 'DisruptionTarget')).toMatchObject({
      status: 'True',
      reason: 'PreemptionByScheduler',
      message: 'default-scheduler: preempting to accommodate a higher priority pod',
    });
    const high = tc.get<Pod>('pods', 'high');
    expect(events(tc, 'low')).toEqual([['Scheduled', 'Successfully assigned default/low to worker-1'], ['Preempted', `Preempted by pod ${high.metadata.uid} on node worker-1`]]);
    expect(high.status?.nominatedNodeName).toBe('worker-1');
    expect(events(tc, 'high')).toEqual([['FailedScheduling', '0/1 nodes are available: 1 Insufficient cpu.']]);
    finishTermination(tc, 'low');
    tc.advance(2);
    expect(tc.get<Pod>('pods', 'high').spec?.nodeName).toBe('worker-1');
  });

  it('keeps the freed room for the nominated pod: a lower-priority newcomer stays Pending', () => {
    const tc = setup();
    tc.create(makeNode('worker-1'));
    tc.create(prio('low', 0, '1500m'));
    tc.create(prio('high', 1000, '1'));
    finishTermination(tc, 'low');
    // Tried at once, while the preemptor still waits out its backoff.
    tc.create(prio('replacement', 0, '1500m'));
    tc.advance(15);
    expect(tc.get<Pod>('pods', 'high').spec?.nodeName).toBe('worker-1');
    expect(tc.get<Pod>('pods', 'replacement').spec?.nodeName).toBeUndefined();
    expect(events(tc, 'replacement').at(-1)).toEqual([
      'FailedScheduling',
      '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.',
    ]);
  });

  it.each([
    ['preemptionPolicy Never', { preemptionPolicy: 'Never' }, 'preemption: not eligible due to preemptionPolicy=Never.'],
    ['equal priority', { priority: 0 }, 'preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.'],
  ])('does not preempt with %s', (_name, extra, tail) => {
    const tc = setup();
    tc.create(makeNode('worker-1'));
    tc.create(prio('low', 0, '1500m'));
    tc.create(prio('high', 1000, '1', extra));
    expect(tc.get<Pod>('pods', 'low').metadata.deletionTimestamp).toBeUndefined();
    expect(tc.get<Pod>('pods', 'high').status?.nominatedNodeName).toBeUndefined();
    expect(events(tc, 'high')).toEqual([['FailedScheduling', `0/1 nodes are available: 1 Insufficient cpu. ${tail}`]]);
  });

  it('prefers the node where no PodDisruptionBudget would be violated', () => {
    const tc = setup();
    tc.create(makeNode('worker-1'));
    tc.create(makeNode('worker-2'));
    tc.create(prio('guarded', 0, '1500m', { nodeName: 'worker-1' }, { app: 'db' }));
    tc.create(prio('plain', 0, '1500m', { nodeName: 'worker-2' }, { app: 'web' }));
    tc.create({
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'db', namespace: 'default' },
      spec: { minAvailable: 1, selector: { matchLabels: { app: 'db' } } },
      status: { disruptionsAllowed: 0, currentHealthy: 1, desiredHealthy: 1, expectedPods: 1 },
    });
    tc.create(prio('high', 1000, '1'));
    expect(tc.get<Pod>('pods', 'high').status?.nominatedNodeName).toBe('worker-2');
    expect(tc.get<Pod>('pods', 'guarded').metadata.deletionTimestamp).toBeUndefined();
    expect(tc.get<Pod>('pods', 'plain').metadata.deletionTimestamp).toBeDefined();
  });
});

describe('selectVictimsOnNode', () => {
  const node = makeNode('n', { cpu: '3' });
  const fitsCpu = (want: number) => (n: NodeInfo) => (n.allocatableCpu - n.requestedCpu >= want ? undefined : unschedulable('Insufficient cpu'));
  const pods = [prio('p10', 10, '1'), prio('p5', 5, '1'), prio('p1', 1, '1')];

  it.each([
    ['one core needed: only the least important goes', 1000, ['p1']],
    ['two cores: the two least important go', 2000, ['p5', 'p1']],
    ['more than the node has: no victims, the filter verdict', 4000, undefined],
  ])('%s', (_name, milli, want) => {
    const r = selectVictimsOnNode(nodeInfo(node, pods), prio('x', 100, '1'), [], fitsCpu(milli), 0);
    if (want === undefined) return expect(r).toEqual(unschedulable('Insufficient cpu'));
    expect(isVictims(r) && r.pods.map((p) => p.pod.metadata.name)).toEqual(want);
  });

  it('finds no victims among pods of equal or higher priority', () => {
    expect(selectVictimsOnNode(nodeInfo(node, pods), prio('x', 1, '1'), [], fitsCpu(3000), 0)).toEqual({ code: 'UnschedulableAndUnresolvable', reasons: ['No preemption victims found for incoming pod'] });
  });
});

describe('pickOneNodeForPreemption', () => {
  const victim = (name: string, priority: number, startTime = '2024-06-01T00:00:00Z') => podInfoOf({ ...prio(name, priority, '1'), metadata: { name, namespace: 'default', uid: name, resourceVersion: '1', creationTimestamp: startTime }, status: { startTime } } as never);
  const cand = (node: string, priorities: number[], numPDBViolations = 0, startTime?: string): Candidate => ({ node, victims: { pods: priorities.map((p, i) => victim(`${node}-${i}`, p, startTime)), numPDBViolations } });

  it.each([
    ['fewest budget violations first', [cand('a', [1], 1), cand('b', [5, 5], 0)], 'b'],
    ['then the lowest highest priority', [cand('a', [5]), cand('b', [1, 1])], 'b'],
    ['then the smallest sum of priorities', [cand('a', [5, 5]), cand('b', [5, 1])], 'b'],
    ['then the fewest victims (a MinInt32 victim adds nothing to the sum)', [cand('a', [5, -(2 ** 31)]), cand('b', [5])], 'b'],
    ['then the most recently started', [cand('a', [5], 0, '2024-06-01T00:00:00Z'), cand('b', [5], 0, '2024-06-01T01:00:00Z')], 'b'],
    ['ties: the first node', [cand('a', [5]), cand('b', [5])], 'a'],
  ])('%s', (_name, cands, want) => {
    expect(pickOneNodeForPreemption(cands, 0)?.node).toBe(want);
  });
});
