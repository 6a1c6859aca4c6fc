/** The storage admission plugins on create, in the default plugin order. */
import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import type { AdmissionRequest } from '../policy';
import { admitDefaultStorageClass } from './defaultStorageClass';
import { admitStorageObjectInUseProtection } from './storageObjectInUseProtection';

export function admitStorage(req: AdmissionRequest): void {
  if (req.operation !== 'CREATE') return;
  if (req.key === 'persistentvolumeclaims') admitDefaultStorageClass(req.obj as PersistentVolumeClaim, req.ctx.list('storageclasses.storage.k8s.io') as unknown as StorageClass[]);
  admitStorageObjectInUseProtection(req.key, req.obj);
}
