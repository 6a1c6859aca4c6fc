import { describe, expect, it } from 'vitest';
import { cycleState, makeNode, makePod, nodeInfo } from '../fixtures';
import { ERR_REASON_NODE_NAME, nodeName } from './nodeName';
import { ERR_REASON_UNSCHEDULABLE, nodeUnschedulable } from './nodeUnschedulable';

describe('NodeUnschedulable', () => {
  const cases = [
    { name: 'schedulable node', unschedulable: false, tolerations: undefined, fits: true },
    { name: 'cordoned node', unschedulable: true, tolerations: undefined, fits: false },
    { name: 'cordoned node, pod tolerates it', unschedulable: true, tolerations: [{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' }], fits: true },
  ];
  it.each(cases)('$name', ({ unschedulable, tolerations, fits }) => {
    const status = nodeUnschedulable.filter(cycleState(makePod('p', { tolerations })), nodeInfo(makeNode('n', { unschedulable })));
    expect(status).toEqual(fits ? undefined : { code: 'UnschedulableAndUnresolvable', reasons: [ERR_REASON_UNSCHEDULABLE] });
  });
});

describe('NodeName', () => {
  const cases = [
    { name: 'no nodeName', wanted: undefined, fits: true },
    { name: 'this node', wanted: 'n', fits: true },
    { name: 'another node', wanted: 'm', fits: false },
  ];
  it.each(cases)('$name', ({ wanted, fits }) => {
    const status = nodeName.filter(cycleState(makePod('p', { nodeName: wanted })), nodeInfo(makeNode('n')));
    expect(status).toEqual(fits ? undefined : { code: 'UnschedulableAndUnresolvable', reasons: [ERR_REASON_NODE_NAME] });
  });
});
