import { describe, expect, it } from 'vitest';
import { stableNodes } from './stableNodes';
import type { FlowNode } from './toFlowElements';

const pod = { kind: 'Pod' } as never;
const mk = (id: string, x: number, data: object = { pod }): FlowNode => ({ id, type: 'pod', position: { x, y: 0 }, data }) as FlowNode;

describe('stableNodes', () => {
  it('reuses unchanged nodes and takes changed ones', () => {
    const prev = [mk('a', 0), mk('b', 0)];
    const next = stableNodes(prev, [mk('a', 0), mk('b', 10)]);
    expect(next[0]).toBe(prev[0]);
    expect(next[1]).not.toBe(prev[1]);
  });
  it('takes a node whose data changed', () => {
    const prev = [mk('a', 0)];
    expect(stableNodes(prev, [mk('a', 0, { pod: { kind: 'Pod' } })])[0]).not.toBe(prev[0]);
  });
});
