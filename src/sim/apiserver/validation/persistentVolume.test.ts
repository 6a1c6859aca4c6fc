import { describe, expect, it } from 'vitest';
import { formatFieldError } from '../../api/fieldErrors';
import { persistentVolumeClaimValidation, persistentVolumeValidation } from './persistentVolume';
import { storageClassValidation } from './storageClass';

const messages = (errs: ReturnType<typeof persistentVolumeValidation.validateCreate>) => errs.map(formatFieldError);
const pv = (spec: object) => ({ apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pv' }, spec });
const pvc = (spec: object) => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'c', namespace: 'default' }, spec });
const good = { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: '/mnt' } };

describe('PersistentVolume validation', () => {
  it.each([
    ['a hostPath volume', good, []],
    ['no access modes', { ...good, accessModes: undefined }, ['spec.accessModes: Required value']],
    ['an unknown access mode', { ...good, accessModes: ['ReadWriteSometimes'] }, ['spec.accessModes: Unsupported value: "ReadWriteSometimes": supported values: "ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"']],
    ['no capacity', { ...good, capacity: undefined }, ['spec.capacity: Required value']],
    ['no source', { capacity: good.capacity, accessModes: good.accessModes }, ['spec: Required value: must specify a volume type']],
    ['two sources', { ...good, nfs: { server: 's', path: '/' } }, ['spec.nfs: Forbidden: may not specify more than 1 volume type']],
    ['an unknown reclaim policy', { ...good, persistentVolumeReclaimPolicy: 'Keep' }, ['spec.persistentVolumeReclaimPolicy: Unsupported value: "Keep": supported values: "Delete", "Recycle", "Retain"']],
  ])('%s', (_name, spec, expected) => {
    expect(messages(persistentVolumeValidation.validateCreate(pv(spec)))).toEqual(expected);
  });
});

describe('PersistentVolumeClaim validation', () => {
  const claim = { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } };
  it.each([
    ['a claim', claim, []],
    ['no access modes', { ...claim, accessModes: [] }, ['spec.accessModes: Required value: at least 1 access mode is required']],
    ['no size', { ...claim, resources: {} }, ['spec.resources[storage]: Required value']],
  ])('%s', (_name, spec, expected) => {
    expect(messages(persistentVolumeClaimValidation.validateCreate(pvc(spec)))).toEqual(expected);
  });

  it.each([
    ['the binder setting volumeName', { ...claim, volumeName: 'pv' }, []],
    ['a larger request', { ...claim, resources: { requests: { storage: '2Gi' } } }, []],
    ['another class', { ...claim, storageClassName: 'fast' }, ['spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims']],
  ])('update: %s', (_name, spec, expected) => {
    expect(messages(persistentVolumeClaimValidation.validateUpdate(pvc(spec), pvc(claim)))).toEqual(expected);
  });
});

describe('StorageClass validation', () => {
  const sc = (extra: object) => ({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 's' }, provisioner: 'p', ...extra });
  it.each([
    ['a class', sc({}), []],
    ['no provisioner', sc({ provisioner: '' }), ['provisioner: Required value']],
    ['an unknown binding mode', sc({ volumeBindingMode: 'Later' }), ['volumeBindingMode: Unsupported value: "Later": supported values: "Immediate", "WaitForFirstConsumer"']],
  ])('%s', (_name, obj, expected) => {
    expect(messages(storageClassValidation.validateCreate(obj))).toEqual(expected);
  });

  it('freezes the provisioner', () => {
    expect(messages(storageClassValidation.validateUpdate(sc({ provisioner: 'q' }), sc({})))).toEqual(['provisioner: Forbidden: updates to provisioner are forbidden.']);
  });
});
