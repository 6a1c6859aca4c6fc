/**
 * The StorageObjectInUseProtection admission plugin: every new claim and volume carries the
 * protection finalizer, which the pvc-/pv-protection controllers remove once nothing uses it.
 */
import type { KubeObject } from '../../api/types';

const FINALIZERS: Record<string, string> = {
  persistentvolumeclaims: 'kubernetes.io/pvc-protection',
  persistentvolumes: 'kubernetes.io/pv-protection',
};

/** Mutates the object being created. */
export function admitStorageObjectInUseProtection(resourceKey: string, obj: KubeObject): void {
  const finalizer = FINALIZERS[resourceKey];
  if (!finalizer || !obj.metadata) return;
  const finalizers = obj.metadata.finalizers ?? [];
  if (!finalizers.includes(finalizer)) obj.metadata.finalizers = [...finalizers, finalizer];
}
