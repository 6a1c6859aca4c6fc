import { describe, expect, it } from 'vitest';
import { actionsFor, inspectArgs } from './selectionActions';

const commands = (actions: ReturnType<typeof actionsFor>) => actions.map((a) => ('command' in a ? a.command : `${a.power} ${a.node}`));

describe('actionsFor', () => {
  it('deletes a pod in its namespace', () => {
    expect(commands(actionsFor({ kind: 'Pod', name: 'web-1', namespace: 'shop' }))).toContain('kubectl delete pod web-1 -n shop');
  });
  it.each([
    [false, 'kubectl cordon n1'],
    [true, 'kubectl uncordon n1'],
  ])('offers the opposite of the node being unschedulable=%s', (unschedulable, command) => {
    expect(commands(actionsFor({ kind: 'Node', name: 'n1', unschedulable }))).toContain(command);
  });
  it.each([
    [false, 'stop n1'],
    [true, 'start n1'],
  ])('powers a node off or on (stopped=%s)', (stopped, action) => {
    expect(commands(actionsFor({ kind: 'Node', name: 'n1', unschedulable: false }, stopped))).toContain(action);
  });
});

describe('actionsFor controllers', () => {
  it.each([
    ['StatefulSet', 'kubectl rollout status statefulset/web -n default'],
    ['DaemonSet', 'kubectl rollout status daemonset/web -n default'],
    ['Job', 'kubectl logs job/web -n default'],
  ] as const)('%s', (kind, command) => expect(commands(actionsFor({ kind, name: 'web', namespace: 'default' }))).toEqual([command]));
});

describe('inspectArgs', () => {
  it.each([
    ['describe a pod in its namespace', { kind: 'Pod' as const, name: 'p', namespace: 'ns' }, 'describe', 'describe pod p -n ns'],
    ['YAML of a deployment', { kind: 'Deployment' as const, name: 'web', namespace: 'default' }, 'yaml', 'get deployment web -o yaml -n default'],
    ['a node has no namespace', { kind: 'Node' as const, name: 'n1', unschedulable: false }, 'describe', 'describe node n1'],
    ['nor has a volume', { kind: 'PersistentVolume' as const, name: 'pvc-1' }, 'describe', 'describe persistentvolume pvc-1'],
    ['describe a claim in its namespace', { kind: 'PersistentVolumeClaim' as const, name: 'www-web-0', namespace: 'default' }, 'describe', 'describe persistentvolumeclaim www-web-0 -n default'],
    ['YAML of a StatefulSet', { kind: 'StatefulSet' as const, name: 'web', namespace: 'default' }, 'yaml', 'get statefulset web -o yaml -n default'],
  ] as const)('%s', (_name, s, tab, expected) => expect(inspectArgs(s, tab).join(' ')).toBe(expected));
});
