import { describe, expect, it } from 'vitest';
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import { decideClaim, type ClaimSyncInput } from './claimSync';

const sc = (name: string, extra: Partial<StorageClass> = {}): StorageClass => ({ metadata: { name }, provisioner: 'k8s.io/minikube-hostpath', volumeBindingMode: 'Immediate', ...extra });
const classes = new Map([
  ['standard', sc('standard', { metadata: { name: 'standard', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } } })],
  ['wait', sc('wait', { volumeBindingMode: 'WaitForFirstConsumer' })],
]);
const claim = (spec: Partial<PersistentVolumeClaim['spec']> = {}, annotations?: Record<string, string>): PersistentVolumeClaim => ({
  metadata: { name: 'c', namespace: 'default', uid: 'uid-c', ...(annotations ? { annotations } : {}) },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, ...spec },
});
const pv = (name: string, spec: Partial<PersistentVolume['spec']> = {}, phase = 'Available'): PersistentVolume => ({
  metadata: { name },
  spec: { capacity: { storage: '5Gi' }, accessModes: ['ReadWriteOnce'], storageClassName: 'manual', hostPath: { path: '/mnt' }, ...spec },
  status: { phase },
});
const input = (c: PersistentVolumeClaim, volumes: PersistentVolume[] = [], extra: Partial<ClaimSyncInput> = {}): ClaimSyncInput => ({ claim: c, volumes, classes, unscheduledPods: [], ...extra });
const completed = { 'pv.kubernetes.io/bind-completed': 'yes' };

describe('decideClaim', () => {
  it.each<[string, ClaimSyncInput, object]>([
    ['binds to a matching static volume', input(claim({ storageClassName: 'manual' }), [pv('v')]), { kind: 'bind', volume: { metadata: { name: 'v' } } }],
    ['hands a claim of a provisioning class to its provisioner', input(claim({ storageClassName: 'standard' })), { kind: 'provision', provisioner: 'k8s.io/minikube-hostpath', event: { reason: 'ExternalProvisioning' } }],
    ['gives a classless claim the default class first', input(claim()), { kind: 'assignDefaultClass', className: 'standard' }],
    ['an empty class name means no class', input(claim({ storageClassName: '' })), { kind: 'pending', event: { type: 'Normal', reason: 'FailedBinding', message: 'no persistent volumes available for this claim and no storage class is set' } }],
    ['a missing class', input(claim({ storageClassName: 'gold' })), { kind: 'pending', event: { type: 'Warning', reason: 'ProvisioningFailed', message: 'storageclass.storage.k8s.io "gold" not found' } }],
    ['waits for a first consumer', input(claim({ storageClassName: 'wait' })), { kind: 'pending', event: { reason: 'WaitForFirstConsumer', message: 'waiting for first consumer to be created before binding' } }],
    ['names the pod waiting to be scheduled', input(claim({ storageClassName: 'wait' }), [], { unscheduledPods: ['web-0'] }), { kind: 'pending', event: { reason: 'WaitForPodScheduled', message: 'waiting for pod web-0 to be scheduled' } }],
    [
      'provisions once a node is selected',
      input(claim({ storageClassName: 'wait' }, { 'volume.kubernetes.io/selected-node': 'minikube' }), [], { selectedNode: { name: 'minikube' } }),
      { kind: 'provision', provisioner: 'k8s.io/minikube-hostpath' },
    ],
    ['waits for a named volume that does not exist yet', input(claim({ storageClassName: 'manual', volumeName: 'later' })), { kind: 'pending' }],
    [
      'refuses a named volume bound to another claim',
      input(claim({ storageClassName: 'manual', volumeName: 'v' }), [pv('v', { claimRef: { namespace: 'default', name: 'other', uid: 'o' } }, 'Bound')]),
      { kind: 'pending', event: { type: 'Warning', reason: 'FailedBinding', message: 'volume "v" already bound to a different claim.' } },
    ],
    ['a bound claim whose volume is gone is Lost', input(claim({ volumeName: 'v' }, completed)), { kind: 'lost', event: { reason: 'ClaimLost', message: 'Bound claim has lost its PersistentVolume. Data on the volume is lost!' } }],
    ['a bound claim stays bound', input(claim({ volumeName: 'v' }, completed), [pv('v', { claimRef: { namespace: 'default', name: 'c', uid: 'uid-c' } }, 'Bound')]), { kind: 'bound' }],
    [
      'two claims on one volume: the second is misbound',
      input(claim({ volumeName: 'v' }, completed), [pv('v', { claimRef: { namespace: 'default', name: 'c', uid: 'older' } }, 'Bound')]),
      { kind: 'lost', event: { reason: 'ClaimMisbound' } },
    ],
  ])('%s', (_name, inp, expected) => {
    expect(decideClaim(inp)).toMatchObject(expected);
  });
});
