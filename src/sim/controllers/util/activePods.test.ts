import type { Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { compareActivePodsWithRanks, filterActivePods } from './activePods';

const NOW = Date.UTC(2024, 5, 1, 12);
const ago = (s: number) => new Date(NOW - s * 1000).toISOString().replace('.000Z', 'Z');

interface P {
  uid?: string;
  node?: string;
  phase?: string;
  readyFor?: number;
  restarts?: number;
  age?: number;
}

function pod(p: P): Pod {
  return {
    metadata: { name: p.uid ?? 'p', uid: p.uid ?? 'p', creationTimestamp: ago(p.age ?? 1000) },
    spec: { containers: [], nodeName: p.node },
    status: {
      phase: p.phase ?? 'Running',
      conditions: p.readyFor === undefined ? [] : [{ type: 'Ready', status: 'True', lastTransitionTime: ago(p.readyFor) }],
      containerStatuses: [{ name: 'c', image: 'i', imageID: '', ready: true, restartCount: p.restarts ?? 0 }],
    },
  };
}

describe('compareActivePodsWithRanks', () => {
  it.each([
    { name: 'unassigned before assigned', first: { node: undefined }, second: { node: 'n1' } },
    { name: 'pending before running', first: { node: 'n1', phase: 'Pending' }, second: { node: 'n1', phase: 'Running' } },
    { name: 'unknown before running', first: { node: 'n1', phase: 'Unknown' }, second: { node: 'n1', phase: 'Running' } },
    { name: 'not ready before ready', first: { node: 'n1' }, second: { node: 'n1', readyFor: 10 } },
    { name: 'ready for less time first (different log2 buckets)', first: { node: 'n1', readyFor: 10 }, second: { node: 'n1', readyFor: 1000 } },
    { name: 'more restarts first', first: { node: 'n1', readyFor: 100, restarts: 3, uid: 'b' }, second: { node: 'n1', readyFor: 100, restarts: 0, uid: 'a' } },
    { name: 'newer first', first: { node: 'n1', age: 10 }, second: { node: 'n1', age: 5000 } },
    { name: 'same log2 bucket: lower uid first', first: { node: 'n1', readyFor: 600, uid: 'a' }, second: { node: 'n1', readyFor: 700, uid: 'b' } },
  ])('$name', ({ first, second }) => {
    const [a, b] = [{ pod: pod({ uid: 'x', ...first }), rank: 0 }, { pod: pod({ uid: 'y', ...second }), rank: 0 }];
    expect(compareActivePodsWithRanks(a, b, NOW)).toBeLessThan(0);
    expect(compareActivePodsWithRanks(b, a, NOW)).toBeGreaterThan(0);
  });

  it('a pod doubled up on a node goes before an equally ready one alone', () => {
    const doubled = { pod: pod({ uid: 'b', node: 'n1', readyFor: 10 }), rank: 3 };
    const alone = { pod: pod({ uid: 'a', node: 'n2', readyFor: 10 }), rank: 1 };
    expect(compareActivePodsWithRanks(doubled, alone, NOW)).toBeLessThan(0);
  });
});

describe('filterActivePods', () => {
  it('drops finished and terminating pods', () => {
    const pods = [pod({ uid: 'run' }), pod({ uid: 'done', phase: 'Succeeded' }), pod({ uid: 'failed', phase: 'Failed' }), { ...pod({ uid: 'bye' }), metadata: { uid: 'bye', deletionTimestamp: ago(0) } }];
    expect(filterActivePods(pods).map((p) => p.metadata?.uid)).toEqual(['run']);
  });
});
