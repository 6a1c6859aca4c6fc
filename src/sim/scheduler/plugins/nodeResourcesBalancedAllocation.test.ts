import { describe, expect, it } from 'vitest';
import { cycleState, makeNode, makePod, nodeInfo } from '../fixtures';
import { nodeResourcesBalancedAllocation } from './nodeResourcesBalancedAllocation';

describe('NodeResourcesBalancedAllocation', () => {
  const cases: { name: string; req: Record<string, string>; want: number }[] = [
    { name: 'equal shares score 100', req: { cpu: '1', memory: '2Gi' }, want: 100 },
    // cpu 1/2 = 0.5, memory 0 → std 0.25 → 75.
    { name: 'cpu only is unbalanced', req: { cpu: '1' }, want: 75 },
    { name: 'over-requested fractions are capped at 1', req: { cpu: '4', memory: '0' }, want: 50 },
  ];
  it.each(cases)('$name', ({ req, want }) => {
    expect(nodeResourcesBalancedAllocation.score(cycleState(makePod('p', {}, req)), nodeInfo(makeNode('n', { cpu: '2', memory: '4Gi' })), undefined)).toBe(want);
  });
});
