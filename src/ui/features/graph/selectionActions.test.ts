import { describe, expect, it } from 'vitest';
import { actionsFor } from './selectionActions';

describe('actionsFor', () => {
  it('deletes a pod in its namespace', () => {
    expect(actionsFor({ kind: 'Pod', name: 'web-1', namespace: 'shop' }).find((a) => a.label === 'Delete pod')?.command).toBe('kubectl delete pod web-1 -n shop');
  });
  it.each([
    [false, 'kubectl cordon n1'],
    [true, 'kubectl uncordon n1'],
  ])('offers the opposite of the node being unschedulable=%s', (unschedulable, command) => {
    expect(actionsFor({ kind: 'Node', name: 'n1', unschedulable }).map((a) => a.command)).toContain(command);
  });
});
