import { describe, expect, it } from 'vitest';
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import { decideClaim, type ClaimSyncInput } from './claimSync';
import { decideVolume } from './volumeSync';

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

describe('decideVolume', () => {
  const ref = { namespace: 'default', name: 'c', uid: 'uid-c' };
  const bound = claim({ volumeName: 'v' }, completed);
  it.each<[string, PersistentVolume, PersistentVolumeClaim | undefined, object]>([
    ['a new volume becomes Available', pv('v', {}, 'Pending'), undefined, { kind: 'phase', phase: 'Available' }],
    ['a volume pre-bound by name only waits, Available', pv('v', { claimRef: { namespace: 'default', name: 'c' } }, 'Pending'), undefined, { kind: 'phase', phase: 'Available' }],
    ['bound both ways: Bound', pv('v', { claimRef: ref }, 'Available'), bound, { kind: 'phase', phase: 'Bound' }],
    ['claim not caught up: sync it', pv('v', { claimRef: ref }, 'Bound'), claim(), { kind: 'syncClaim' }],
    ['claim gone: Released', pv('v', { claimRef: ref }, 'Bound'), undefined, { kind: 'phase', phase: 'Released' }],
    ['claim recreated under the same name is another claim', pv('v', { claimRef: { ...ref, uid: 'old' } }, 'Bound'), bound, { kind: 'phase', phase: 'Released' }],
    ['Released + Retain: left alone', pv('v', { claimRef: ref, persistentVolumeReclaimPolicy: 'Retain' }, 'Released'), undefined, { kind: 'none' }],
    [
      'Released + Delete on a volume nothing provisioned: Failed',
      pv('v', { claimRef: ref, persistentVolumeReclaimPolicy: 'Delete' }, 'Released'),
      undefined,
      { kind: 'failed', event: { reason: 'VolumeFailedDelete', message: 'error getting deleter volume plugin for volume "v": no deletable volume plugin matched' } },
    ],
    [
      'Released + Delete on a provisioned volume: the provisioner deletes it',
      { ...pv('v', { claimRef: ref, persistentVolumeReclaimPolicy: 'Delete' }, 'Released'), metadata: { name: 'v', annotations: { 'pv.kubernetes.io/provisioned-by': 'k8s.io/minikube-hostpath' } } },
      undefined,
      { kind: 'none' },
    ],
  ])('%s', (_name, volume, c, expected) => {
    expect(decideVolume(volume, c)).toMatchObject(expected);
  });
});
