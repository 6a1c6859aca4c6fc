import { describe, expect, it } from 'vitest';
import { Rng } from '../../common/rng';
import { cycleState, makeNode, makePod, nodeInfo } from './fixtures';
import { DEFAULT_FILTER_PLUGINS, DEFAULT_SCORE_PLUGINS } from './plugins';
import { numFeasibleNodesToFind, scheduleCycle } from './scheduleCycle';

describe('numFeasibleNodesToFind', () => {
  const cases = [
    { nodes: 3, want: 3 },
    { nodes: 99, want: 99 },
    { nodes: 100, want: 100 },
    { nodes: 250, want: 120 }, // 48%
    { nodes: 1000, want: 420 }, // 42%
    { nodes: 5000, want: 500 }, // 10%
    { nodes: 6000, want: 300 }, // floor of 5%
  ];
  it.each(cases)('$nodes nodes → $want', ({ nodes, want }) => expect(numFeasibleNodesToFind(nodes)).toBe(want));
});

describe('scheduleCycle', () => {
  const run = (nodes: number, start = 0, seed = 1) => {
    const infos = Array.from({ length: nodes }, (_, i) => nodeInfo(makeNode(`node-${String(i).padStart(4, '0')}`)));
    return scheduleCycle({ state: cycleState(makePod('p'), infos), filters: DEFAULT_FILTER_PLUGINS, scorers: DEFAULT_SCORE_PLUGINS, startNodeIndex: start, rng: new Rng(seed) });
  };

  it('stops filtering once enough feasible nodes are found and resumes after them', () => {
    const r = run(1000, 990);
    expect(r.feasible).toHaveLength(420);
    expect(r.feasible[0]).toBe('node-0990');
    expect(r.nextStartNodeIndex).toBe((990 + 420) % 1000);
  });

  it('skips scoring when a single node is feasible', () => {
    const r = run(1);
    expect(r.selected).toBe('node-0000');
    expect(r.scores).toBeUndefined();
  });

  it('breaks ties with the seeded Rng, reproducibly', () => {
    const picks = (seed: number) => Array.from({ length: 5 }, () => run(5, 0, seed).selected);
    expect(picks(7)).toEqual(picks(7));
    expect(new Set([1, 2, 3, 4, 5, 6, 7, 8].map((s) => run(5, 0, s).selected)).size).toBeGreaterThan(1);
  });
});
