import { describe, expect, it } from 'vitest';
import type { NodeInfo } from '../nodeInfo';
import { cycleState, makeNode, makePod, nodeInfo } from '../fixtures';
import { ERR_REASON_CONSTRAINTS_NOT_MATCH, ERR_REASON_NODE_LABEL_NOT_MATCH, podTopologySpreadFilter, podTopologySpreadScore as podTopologySpread } from './podTopologySpread';

const owned = (name: string, uid = 'rs-1') => makePod(name, {}, undefined, { ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid, controller: true }] });

function scores(pod: ReturnType<typeof owned>, nodes: NodeInfo[]): number[] {
  const state = cycleState(pod, nodes);
  const pre = podTopologySpread.preScore!(state, nodes);
  const s = nodes.map((n) => podTopologySpread.score(state, n, pre));
  podTopologySpread.normalize!(s, state, nodes, pre);
  return s;
}

describe('PodTopologySpread (default constraints)', () => {
  it('prefers the node with fewer pods of the same controller', () => {
    const nodes = [nodeInfo(makeNode('a'), [owned('w1'), owned('w2')]), nodeInfo(makeNode('b'), [owned('w3')]), nodeInfo(makeNode('c'))];
    const s = scores(owned('w4'), nodes);
    expect(s[2]).toBe(100);
    expect(s[0]).toBeLessThan(s[1]);
    expect(s[1]).toBeLessThan(s[2]);
  });

  it('ignores pods of other controllers', () => {
    const nodes = [nodeInfo(makeNode('a'), [owned('x', 'rs-other')]), nodeInfo(makeNode('b'))];
    expect(scores(owned('w'), nodes)).toEqual([100, 100]);
  });

  const relevance = [
    { name: 'a controlled pod', pod: owned('w'), want: true },
    { name: 'a bare pod has nothing to spread from', pod: makePod('bare'), want: false },
    { name: 'hard constraints only: no score, and no defaults', pod: { ...owned('w'), spec: { ...owned('w').spec!, topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule' }] } }, want: false },
    { name: 'a soft constraint scores even a bare pod', pod: { ...makePod('bare'), spec: { ...makePod('bare').spec!, topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'zone', whenUnsatisfiable: 'ScheduleAnyway' }] } }, want: true },
  ];
  it.each(relevance)('relevant: $name', ({ pod, want }) => {
    expect(podTopologySpread.relevant!(cycleState(pod))).toBe(want);
  });
});

describe('PodTopologySpread filter (DoNotSchedule)', () => {
  const spread = (name: string, maxSkew: number, topologyKey = 'zone', minDomains?: number) =>
    makePod(name, { topologySpreadConstraints: [{ maxSkew, topologyKey, whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app: 'web' } }, minDomains }] }, undefined, { labels: { app: 'web' } });
  const web = (name: string) => makePod(name, {}, undefined, { labels: { app: 'web' } });
  // zone a: node a1 with 2 web pods; zone b: node b1 with 1; node x has no zone label.
  const nodes = () => [
    nodeInfo(makeNode('a1', { labels: { zone: 'a' } }), [web('w1'), web('w2')]),
    nodeInfo(makeNode('b1', { labels: { zone: 'b' } }), [web('w3')]),
    nodeInfo(makeNode('x')),
  ];
  const cases = [
    { name: 'maxSkew 1 allows only the emptier zone', pod: spread('p', 1), want: [ERR_REASON_CONSTRAINTS_NOT_MATCH, undefined, ERR_REASON_NODE_LABEL_NOT_MATCH] },
    { name: 'maxSkew 2 allows both zones', pod: spread('p', 2), want: [undefined, undefined, ERR_REASON_NODE_LABEL_NOT_MATCH] },
    { name: 'minDomains above the domain count makes the minimum 0', pod: spread('p', 2, 'zone', 3), want: [ERR_REASON_CONSTRAINTS_NOT_MATCH, undefined, ERR_REASON_NODE_LABEL_NOT_MATCH] },
    { name: 'per hostname', pod: spread('p', 1, 'kubernetes.io/hostname'), want: [ERR_REASON_CONSTRAINTS_NOT_MATCH, ERR_REASON_CONSTRAINTS_NOT_MATCH, undefined] },
  ];
  it.each(cases)('$name', ({ pod, want }) => {
    const infos = nodes();
    const state = cycleState(pod, infos);
    expect(infos.map((n) => podTopologySpreadFilter.filter(state, n)?.reasons[0])).toEqual(want);
  });
});
