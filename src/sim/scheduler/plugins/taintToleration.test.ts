import type { Taint, Toleration } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { CONTROL_PLANE_TAINT, cycleState, makeNode, makePod, nodeInfo } from '../fixtures';
import { taintTolerationFilter, taintTolerationScore } from './taintToleration';

describe('TaintToleration filter', () => {
  const cases: { name: string; taints: Taint[]; tolerations?: Toleration[]; want?: string }[] = [
    { name: 'no taints', taints: [], want: undefined },
    { name: 'control-plane taint, value printed empty', taints: [CONTROL_PLANE_TAINT], want: 'node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }' },
    { name: 'taint with a value', taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoExecute' }], want: 'node(s) had untolerated taint {dedicated: gpu}' },
    { name: 'PreferNoSchedule does not filter', taints: [{ key: 'soft', effect: 'PreferNoSchedule' }], want: undefined },
    { name: 'Exists toleration', taints: [CONTROL_PLANE_TAINT], tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }] },
    { name: 'empty key Exists tolerates everything', taints: [CONTROL_PLANE_TAINT], tolerations: [{ operator: 'Exists' }] },
    { name: 'Equal needs the value', taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }], tolerations: [{ key: 'dedicated', value: 'cpu', effect: 'NoSchedule' }], want: 'node(s) had untolerated taint {dedicated: gpu}' },
    { name: 'effect must match', taints: [CONTROL_PLANE_TAINT], tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoExecute' }], want: 'node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }' },
  ];
  it.each(cases)('$name', ({ taints, tolerations, want }) => {
    const status = taintTolerationFilter.filter(cycleState(makePod('p', { tolerations })), nodeInfo(makeNode('n', { taints })));
    expect(status?.reasons[0]).toBe(want);
    if (want) expect(status?.code).toBe('UnschedulableAndUnresolvable');
  });
});

describe('TaintToleration score', () => {
  it('prefers nodes with fewer untolerated PreferNoSchedule taints', () => {
    const soft = (key: string): Taint => ({ key, effect: 'PreferNoSchedule' });
    const nodes = [nodeInfo(makeNode('a')), nodeInfo(makeNode('b', { taints: [soft('x')] })), nodeInfo(makeNode('c', { taints: [soft('x'), soft('y')] }))];
    const state = cycleState(makePod('p'), nodes);
    const pre = taintTolerationScore.preScore!(state, nodes);
    const scores = nodes.map((n) => taintTolerationScore.score(state, n, pre));
    taintTolerationScore.normalize!(scores, state, nodes, pre);
    expect(scores).toEqual([100, 50, 0]);
  });
});
