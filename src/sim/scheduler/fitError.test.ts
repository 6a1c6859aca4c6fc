import { describe, expect, it } from 'vitest';
import { fitErrorMessage } from './fitError';
import { unresolvable, unschedulable, type Status } from './framework';

const taint = unresolvable('node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }');

describe('fitErrorMessage', () => {
  const cases: { name: string; nodes: number; statuses: Status[]; policy?: string; want: string }[] = [
    {
      name: 'taint plus insufficient cpu, as kube-scheduler v1.32 prints it',
      nodes: 3,
      statuses: [taint, unschedulable('Insufficient cpu'), unschedulable('Insufficient cpu')],
      want: '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
    },
    {
      name: 'every reason of a node counts',
      nodes: 1,
      statuses: [unschedulable('Insufficient cpu', 'Insufficient memory')],
      want: '0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.',
    },
    {
      name: 'sorted as strings, counts included (10 before 2)',
      nodes: 12,
      statuses: [...Array(10).fill(unresolvable("node(s) didn't match Pod's node affinity/selector")), unschedulable('Insufficient cpu'), unschedulable('Insufficient cpu')],
      want: "0/12 nodes are available: 10 node(s) didn't match Pod's node affinity/selector, 2 Insufficient cpu. preemption: 0/12 nodes are available: 10 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.",
    },
    {
      name: 'preemptionPolicy Never',
      nodes: 1,
      statuses: [unschedulable('Insufficient memory')],
      policy: 'Never',
      want: '0/1 nodes are available: 1 Insufficient memory. not eligible due to preemptionPolicy=Never.',
    },
  ];
  it.each(cases)('$name', ({ nodes, statuses, policy, want }) => {
    expect(fitErrorMessage(nodes, statuses, policy)).toBe(want);
  });
});
