/**
 * The DefaultStorageClass admission plugin: a new claim that names no class (neither
 * `spec.storageClassName` nor the beta annotation — an empty string counts as naming "no
 * class") gets the default StorageClass, the newest one when several are marked.
 */
import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';

const IS_DEFAULT = ['storageclass.kubernetes.io/is-default-class', 'storageclass.beta.kubernetes.io/is-default-class'];

export function defaultStorageClassName(classes: readonly StorageClass[]): string | undefined {
  const marked = classes.filter((sc) => IS_DEFAULT.some((k) => sc.metadata?.annotations?.[k] === 'true'));
  marked.sort((a, b) => {
    const [ta, tb] = [a.metadata?.creationTimestamp ?? '', b.metadata?.creationTimestamp ?? ''];
    if (ta !== tb) return ta < tb ? 1 : -1;
    return (a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1;
  });
  return marked[0]?.metadata?.name;
}

/** Mutates the claim being created. */
export function admitDefaultStorageClass(pvc: PersistentVolumeClaim, classes: readonly StorageClass[]): void {
  if (pvc.spec?.storageClassName !== undefined && pvc.spec.storageClassName !== null) return;
  if (pvc.metadata?.annotations?.['volume.beta.kubernetes.io/storage-class'] !== undefined) return;
  const name = defaultStorageClassName(classes);
  if (name) pvc.spec = { ...pvc.spec, storageClassName: name };
}
