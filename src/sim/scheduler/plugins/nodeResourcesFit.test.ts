import type { Node, Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { cycleState, makeNode, makePod, nodeInfo } from '../fixtures';
import { nodeResourcesFitFilter, nodeResourcesFitScore } from './nodeResourcesFit';

describe('NodeResourcesFit filter', () => {
  const cases: { name: string; node: Node; existing: Pod[]; req?: Record<string, string>; want?: string[] }[] = [
    { name: 'fits an empty node', node: makeNode('n', { cpu: '2' }), existing: [], req: { cpu: '1' }, want: undefined },
    { name: 'exactly full still fits', node: makeNode('n', { cpu: '2' }), existing: [makePod('a', {}, { cpu: '1' })], req: { cpu: '1' }, want: undefined },
    { name: 'cpu short by a millicore', node: makeNode('n', { cpu: '2' }), existing: [makePod('a', {}, { cpu: '1' })], req: { cpu: '1001m' }, want: ['Insufficient cpu'] },
    { name: 'cpu and memory both short, each a reason', node: makeNode('n', { cpu: '1', memory: '1Gi' }), existing: [], req: { cpu: '2', memory: '2Gi' }, want: ['Insufficient cpu', 'Insufficient memory'] },
    { name: 'pod count at capacity', node: makeNode('n', { pods: '1' }), existing: [makePod('a')], req: undefined, want: ['Too many pods'] },
    { name: 'best-effort pod ignores cpu', node: makeNode('n', { cpu: '1' }), existing: [makePod('a', {}, { cpu: '1' })], req: undefined, want: undefined },
    { name: 'extended resource missing', node: makeNode('n'), existing: [], req: { 'nvidia.com/gpu': '1' }, want: ['Insufficient nvidia.com/gpu'] },
  ];
  it.each(cases)('$name', ({ node, existing, req, want }) => {
    const status = nodeResourcesFitFilter.filter(cycleState(makePod('p', {}, req)), nodeInfo(node, existing));
    expect(status?.reasons).toEqual(want);
    if (want) expect(status?.code).toBe('Unschedulable');
  });

  it('counts the largest init container when it exceeds the app containers', () => {
    const pod = makePod('p', { initContainers: [{ name: 'init', image: 'busybox', resources: { requests: { cpu: '3' } } }] }, { cpu: '100m' });
    expect(nodeResourcesFitFilter.filter(cycleState(pod), nodeInfo(makeNode('n', { cpu: '2' })))?.reasons).toEqual(['Insufficient cpu']);
  });
});

describe('NodeResourcesFit score (LeastAllocated)', () => {
  const cases: { name: string; existing: Pod[]; req?: Record<string, string>; want: number }[] = [
    // (2000-1000)/2000 = 50 for cpu; (4Gi-1Gi)/4Gi = 75 for memory; mean 62.
    { name: 'half cpu, quarter memory', existing: [], req: { cpu: '1', memory: '1Gi' }, want: 62 },
    // Unset requests count as 100m and 200Mi: (2000-100)/2000 = 95, (4096-200)/4096 = 95.
    { name: 'best-effort pod uses the non-zero defaults', existing: [], req: undefined, want: 95 },
    { name: 'full node scores 0', existing: [makePod('a', {}, { cpu: '2', memory: '4Gi' })], req: { cpu: '1', memory: '1Gi' }, want: 0 },
  ];
  it.each(cases)('$name', ({ existing, req, want }) => {
    expect(nodeResourcesFitScore.score(cycleState(makePod('p', {}, req)), nodeInfo(makeNode('n'), existing), undefined)).toBe(want);
  });
});
