import { describe, expect, it } from 'vitest';
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import { cycleState, makeNode, makePod, nodeInfo } from '../fixtures';
import { ERR_REASON_BIND_CONFLICT, ERR_REASON_NODE_CONFLICT, ERR_UNBOUND_IMMEDIATE, volumeBinding, type VolumeListers } from './volumeBinding';

const claim = (name: string, spec: Partial<PersistentVolumeClaim['spec']> = {}, meta: Record<string, unknown> = {}, phase = 'Pending'): PersistentVolumeClaim => ({
  metadata: { name, namespace: 'default', ...meta },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, ...spec },
  status: { phase },
});
const completed = { annotations: { 'pv.kubernetes.io/bind-completed': 'yes' } };
const onNode = (node: string) => ({ required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [node] }] }] } });
const pv = (name: string, spec: Partial<PersistentVolume['spec']> = {}, phase = 'Available'): PersistentVolume => ({
  metadata: { name },
  spec: { capacity: { storage: '5Gi' }, accessModes: ['ReadWriteOnce'], storageClassName: 'local', local: { path: '/mnt/disk' }, ...spec },
  status: { phase },
});
const classes: Record<string, StorageClass> = {
  standard: { metadata: { name: 'standard' }, provisioner: 'k8s.io/minikube-hostpath', volumeBindingMode: 'Immediate' },
  local: { metadata: { name: 'local' }, provisioner: 'kubernetes.io/no-provisioner', volumeBindingMode: 'WaitForFirstConsumer' },
  lazy: { metadata: { name: 'lazy' }, provisioner: 'rancher.io/local-path', volumeBindingMode: 'WaitForFirstConsumer' },
};

function listers(claims: PersistentVolumeClaim[], volumes: PersistentVolume[]): VolumeListers {
  return {
    claim: (_ns, name) => claims.find((c) => c.metadata?.name === name),
    volume: (name) => volumes.find((v) => v.metadata?.name === name),
    volumes: () => volumes,
    storageClass: (name) => classes[name],
  };
}

const podUsing = (...claims: string[]) => makePod('p', { volumes: claims.map((c, i) => ({ name: `v${i}`, persistentVolumeClaim: { claimName: c } })), containers: [{ name: 'c', image: 'nginx' }] });

describe('VolumeBinding', () => {
  it.each<[string, string[], PersistentVolumeClaim[], PersistentVolume[], string, object | undefined]>([
    ['a pod without claims', [], [], [], 'node01', undefined],
    ['a missing claim', ['data'], [], [], 'node01', { code: 'UnschedulableAndUnresolvable', reasons: ['persistentvolumeclaim "data" not found'] }],
    ['an unbound Immediate claim', ['data'], [claim('data', { storageClassName: 'standard' })], [], 'node01', { code: 'UnschedulableAndUnresolvable', reasons: [ERR_UNBOUND_IMMEDIATE] }],
    ['a claim being deleted', ['data'], [claim('data', {}, { deletionTimestamp: 'x' })], [], 'node01', { code: 'UnschedulableAndUnresolvable', reasons: ['persistentvolumeclaim "data" is being deleted'] }],
    ['a lost claim', ['data'], [claim('data', { volumeName: 'gone' }, completed, 'Lost')], [], 'node01', { code: 'UnschedulableAndUnresolvable', reasons: ['persistentvolumeclaim "data" bound to non-existent persistentvolume "gone"'] }],
    ['a bound claim on a node its volume reaches', ['data'], [claim('data', { volumeName: 'v' }, completed, 'Bound')], [pv('v', { nodeAffinity: onNode('node01') }, 'Bound')], 'node01', undefined],
    ['a bound claim elsewhere', ['data'], [claim('data', { volumeName: 'v' }, completed, 'Bound')], [pv('v', { nodeAffinity: onNode('node02') }, 'Bound')], 'node01', { reasons: [ERR_REASON_NODE_CONFLICT] }],
    ['a delayed claim with a local volume on this node', ['data'], [claim('data', { storageClassName: 'local' })], [pv('v', { nodeAffinity: onNode('node01') })], 'node01', undefined],
    ['a delayed claim with local volumes on other nodes only', ['data'], [claim('data', { storageClassName: 'local' })], [pv('v', { nodeAffinity: onNode('node02') })], 'node01', { reasons: [ERR_REASON_BIND_CONFLICT] }],
    ['a delayed claim its provisioner can serve anywhere', ['data'], [claim('data', { storageClassName: 'lazy' })], [], 'node01', undefined],
  ])('%s', (_name, claimNames, claims, volumes, node, expected) => {
    const plugin = volumeBinding(listers(claims, volumes));
    const state = cycleState(podUsing(...claimNames), [nodeInfo(makeNode(node))]);
    const result = plugin.filter(state, nodeInfo(makeNode(node)));
    if (expected === undefined) expect(result).toBeUndefined();
    else expect(result).toMatchObject(expected);
  });
});

describe('VolumeBinding preFilter', () => {
  it.each<[string, PersistentVolumeClaim[], object | undefined]>([
    ['rejects every node at once for an unbound Immediate claim', [claim('data', { storageClassName: 'standard' })], { code: 'UnschedulableAndUnresolvable', reasons: [ERR_UNBOUND_IMMEDIATE] }],
    ['leaves node-by-node questions to filter', [claim('data', { storageClassName: 'local' })], undefined],
  ])('%s', (_name, claims, expected) => {
    const state = cycleState(podUsing('data'), [nodeInfo(makeNode('node01'))]);
    expect(volumeBinding(listers(claims, [])).preFilter(state)).toEqual(expected);
  });
});
