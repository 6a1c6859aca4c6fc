import { describe, expect, it } from 'vitest';
import type { NodeInfo } from '../nodeInfo';
import { cycleState, makeNode, makePod, nodeInfo } from '../fixtures';
import { podTopologySpread } from './podTopologySpread';

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
    { name: 'explicit constraints replace the defaults', pod: { ...owned('w'), spec: { ...owned('w').spec!, topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule' }] } }, want: false },
  ];
  it.each(relevance)('relevant: $name', ({ pod, want }) => {
    expect(podTopologySpread.relevant!(cycleState(pod))).toBe(want);
  });
});
