import { describe, expect, it } from 'vitest';
import type { DaemonSet } from 'kubernetes-types/apps/v1';
import type { Node, PodSpec, Taint } from 'kubernetes-types/core/v1';
import { addOrUpdateDaemonPodTolerations } from './daemonPodTolerations';
import { nodeShouldRunDaemonPod } from './nodeShouldRunDaemonPod';
import { daemonPodNodeName, replaceDaemonSetPodNodeNameNodeAffinity } from './daemonPod';

const node = (name: string, labels: Record<string, string> = {}, taints: Taint[] = []): Node => ({ metadata: { name, labels: { 'kubernetes.io/hostname': name, ...labels } }, spec: { taints } });
const ds = (spec: Partial<PodSpec> = {}): DaemonSet => ({ metadata: { name: 'd' }, spec: { selector: {}, template: { spec: { containers: [], ...spec } } } });
const cpTaint: Taint = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };

describe('nodeShouldRunDaemonPod', () => {
  it.each([
    { name: 'plain node', node: node('n1'), ds: ds(), want: { shouldRun: true, shouldContinueRunning: true } },
    { name: 'nodeSelector matches', node: node('n1', { disk: 'ssd' }), ds: ds({ nodeSelector: { disk: 'ssd' } }), want: { shouldRun: true, shouldContinueRunning: true } },
    { name: 'nodeSelector misses', node: node('n1'), ds: ds({ nodeSelector: { disk: 'ssd' } }), want: { shouldRun: false, shouldContinueRunning: false } },
    { name: 'template nodeName elsewhere', node: node('n1'), ds: ds({ nodeName: 'n2' }), want: { shouldRun: false, shouldContinueRunning: false } },
    {
      name: 'required node affinity misses',
      node: node('n1', { zone: 'a' }),
      ds: ds({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['b'] }] }] } } } }),
      want: { shouldRun: false, shouldContinueRunning: false },
    },
    { name: 'untolerated NoSchedule: no new pod, the old may stay', node: node('cp', {}, [cpTaint]), ds: ds(), want: { shouldRun: false, shouldContinueRunning: true } },
    { name: 'tolerated control-plane taint', node: node('cp', {}, [cpTaint]), ds: ds({ tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }] }), want: { shouldRun: true, shouldContinueRunning: true } },
    { name: 'untolerated NoExecute evicts', node: node('n1', {}, [{ key: 'dedicated', value: 'db', effect: 'NoExecute' }]), ds: ds(), want: { shouldRun: false, shouldContinueRunning: false } },
    { name: 'not-ready NoExecute is tolerated automatically', node: node('n1', {}, [{ key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' }]), ds: ds(), want: { shouldRun: true, shouldContinueRunning: true } },
    { name: 'cordoned node is tolerated automatically', node: node('n1', {}, [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }]), ds: ds(), want: { shouldRun: true, shouldContinueRunning: true } },
    { name: 'network-unavailable needs hostNetwork', node: node('n1', {}, [{ key: 'node.kubernetes.io/network-unavailable', effect: 'NoSchedule' }]), ds: ds(), want: { shouldRun: false, shouldContinueRunning: true } },
    { name: 'network-unavailable with hostNetwork', node: node('n1', {}, [{ key: 'node.kubernetes.io/network-unavailable', effect: 'NoSchedule' }]), ds: ds({ hostNetwork: true }), want: { shouldRun: true, shouldContinueRunning: true } },
  ])('$name', ({ node, ds, want }) => {
    expect(nodeShouldRunDaemonPod(node, ds)).toEqual(want);
  });

  it('adds daemon tolerations once, keeping the template’s own', () => {
    const once = addOrUpdateDaemonPodTolerations({ containers: [], tolerations: [{ operator: 'Exists' }] });
    expect(addOrUpdateDaemonPodTolerations({ containers: [], tolerations: once })).toEqual(once);
    expect(once).toHaveLength(7);
  });

  it('pins the pod to its node by matchFields, replacing other required terms', () => {
    const affinity = replaceDaemonSetPodNodeNameNodeAffinity({ nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'a', operator: 'Exists' }] }] } } }, 'n7');
    expect(affinity.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms).toEqual([{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['n7'] }] }]);
    expect(daemonPodNodeName({ spec: { containers: [], affinity } })).toBe('n7');
  });
});
