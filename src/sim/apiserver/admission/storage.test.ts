import { describe, expect, it } from 'vitest';
import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import { admitDefaultStorageClass } from './defaultStorageClass';
import { admitStorageObjectInUseProtection } from './storageObjectInUseProtection';

const sc = (name: string, isDefault: string | undefined, created: string, beta = false): StorageClass => ({
  metadata: { name, creationTimestamp: created, ...(isDefault ? { annotations: { [beta ? 'storageclass.beta.kubernetes.io/is-default-class' : 'storageclass.kubernetes.io/is-default-class']: isDefault } } : {}) },
  provisioner: 'p',
});

describe('DefaultStorageClass', () => {
  const standard = sc('standard', 'true', '2024-01-01T00:00:00Z');
  it.each<[string, PersistentVolumeClaim, StorageClass[], string | undefined]>([
    ['fills in the default class', { spec: {} }, [sc('slow', undefined, '2024-01-01T00:00:00Z'), standard], 'standard'],
    ['keeps a class the claim names', { spec: { storageClassName: 'slow' } }, [standard], 'slow'],
    ['keeps an explicit empty class ("no class")', { spec: { storageClassName: '' } }, [standard], ''],
    ['leaves a claim with the beta annotation alone', { metadata: { annotations: { 'volume.beta.kubernetes.io/storage-class': 'x' } }, spec: {} }, [standard], undefined],
    ['nothing without a default class', { spec: {} }, [sc('slow', 'false', '2024-01-01T00:00:00Z')], undefined],
    ['the newest of several defaults', { spec: {} }, [standard, sc('newer', 'true', '2024-02-01T00:00:00Z', true)], 'newer'],
  ])('%s', (_name, pvc, classes, expected) => {
    admitDefaultStorageClass(pvc, classes);
    expect(pvc.spec?.storageClassName).toBe(expected);
  });
});

describe('StorageObjectInUseProtection', () => {
  it.each([
    ['claims', 'persistentvolumeclaims', ['kubernetes.io/pvc-protection']],
    ['volumes', 'persistentvolumes', ['kubernetes.io/pv-protection']],
    ['not other kinds', 'pods', undefined],
  ])('%s', (_name, key, expected) => {
    const obj = { metadata: { name: 'x' } };
    admitStorageObjectInUseProtection(key, obj);
    admitStorageObjectInUseProtection(key, obj);
    expect((obj.metadata as { finalizers?: string[] }).finalizers).toEqual(expected);
  });
});
