import { describe, expect, it } from 'vitest';
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import { decideVolume } from './volumeSync';

const claim = (spec: Partial<PersistentVolumeClaim['spec']> = {}, annotations?: Record<string, string>): PersistentVolumeClaim => ({
  metadata: { name: 'c', namespace: 'default', uid: 'uid-c', ...(annotations ? { annotations } : {}) },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, ...spec },
});
const pv = (name: string, spec: Partial<PersistentVolume['spec']> = {}, phase = 'Available'): PersistentVolume => ({
  metadata: { name },
  spec: { capacity: { storage: '5Gi' }, accessModes: ['ReadWriteOnce'], storageClassName: 'manual', hostPath: { path: '/mnt' }, ...spec },
  status: { phase },
});
const completed = { 'pv.kubernetes.io/bind-completed': 'yes' };

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
