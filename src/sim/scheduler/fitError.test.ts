import { describe, expect, it } from 'vitest';
import { fitErrorMessage, preFilterErrorMessage } from './fitError';
import { unresolvable, unschedulable, type Status } from './framework';

const taint = unresolvable('node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }');

describe('fitErrorMessage', () => {
  const cases: { name: string; nodes: number; statuses: Status[]; post: string; want: string }[] = [
    {
      name: 'taint plus insufficient cpu, with the preemption verdict after it',
      nodes: 3,
      statuses: [taint, unschedulable('Insufficient cpu'), unschedulable('Insufficient cpu')],
      post: 'preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
      want: '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
    },
    {
      name: 'every reason of a node counts',
      nodes: 1,
      statuses: [unschedulable('Insufficient cpu', 'Insufficient memory')],
      post: 'preemption: not eligible due to preemptionPolicy=Never.',
      want: '0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory. preemption: not eligible due to preemptionPolicy=Never.',
    },
    {
      name: 'sorted as strings, counts included (10 before 2)',
      nodes: 12,
      statuses: [...Array(10).fill(unresolvable("node(s) didn't match Pod's node affinity/selector")), unschedulable('Insufficient cpu'), unschedulable('Insufficient cpu')],
      post: '',
      want: "0/12 nodes are available: 10 node(s) didn't match Pod's node affinity/selector, 2 Insufficient cpu.",
    },
    {
      name: 'preemption nominated a node: only the filters speak',
      nodes: 1,
      statuses: [unschedulable('Insufficient memory')],
      post: '',
      want: '0/1 nodes are available: 1 Insufficient memory.',
    },
  ];
  it.each(cases)('$name', ({ nodes, statuses, post, want }) => {
    expect(fitErrorMessage(nodes, statuses, post)).toBe(want);
  });

  it('a PreFilter rejection names its reason once', () => {
    expect(preFilterErrorMessage(2, unresolvable('pod has unbound immediate PersistentVolumeClaims'), 'preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.')).toBe(
      '0/2 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.',
    );
  });
});
