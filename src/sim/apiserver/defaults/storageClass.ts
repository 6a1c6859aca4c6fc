/** SetDefaults_StorageClass: reclaimPolicy Delete, volumeBindingMode Immediate. */
import type { StorageClass } from 'kubernetes-types/storage/v1';
import type { KubeObject } from '../../api/types';

export function setDefaultsStorageClass(obj: KubeObject): void {
  const sc = obj as unknown as StorageClass;
  sc.reclaimPolicy ??= 'Delete';
  sc.volumeBindingMode ??= 'Immediate';
}
