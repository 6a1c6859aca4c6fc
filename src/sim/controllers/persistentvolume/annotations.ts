/**
 * The annotations and names the PV controller, the scheduler and external provisioners agree
 * on (component-helpers/storage/volume), and the helpers that read a claim's or volume's class.
 */
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';

export const ANN_BIND_COMPLETED = 'pv.kubernetes.io/bind-completed';
export const ANN_BOUND_BY_CONTROLLER = 'pv.kubernetes.io/bound-by-controller';
export const ANN_SELECTED_NODE = 'volume.kubernetes.io/selected-node';
export const ANN_STORAGE_PROVISIONER = 'volume.kubernetes.io/storage-provisioner';
export const ANN_BETA_STORAGE_PROVISIONER = 'volume.beta.kubernetes.io/storage-provisioner';
export const ANN_DYNAMICALLY_PROVISIONED = 'pv.kubernetes.io/provisioned-by';
export const ANN_BETA_STORAGE_CLASS = 'volume.beta.kubernetes.io/storage-class';
export const ANN_DEFAULT_STORAGE_CLASS = 'storageclass.kubernetes.io/is-default-class';
export const ANN_BETA_DEFAULT_STORAGE_CLASS = 'storageclass.beta.kubernetes.io/is-default-class';

export const PVC_PROTECTION_FINALIZER = 'kubernetes.io/pvc-protection';
export const PV_PROTECTION_FINALIZER = 'kubernetes.io/pv-protection';

/** A class whose volumes are created by hand (local volumes): nothing to provision. */
export const NO_PROVISIONER = 'kubernetes.io/no-provisioner';

/** GetPersistentVolumeClaimClass: the beta annotation still wins over the field. */
export function claimClass(claim: PersistentVolumeClaim): string {
  return claim.metadata?.annotations?.[ANN_BETA_STORAGE_CLASS] ?? claim.spec?.storageClassName ?? '';
}

/** GetPersistentVolumeClass. */
export function volumeClass(pv: PersistentVolume): string {
  return pv.metadata?.annotations?.[ANN_BETA_STORAGE_CLASS] ?? pv.spec?.storageClassName ?? '';
}

export function isDefaultClass(sc: StorageClass): boolean {
  const a = sc.metadata?.annotations;
  return a?.[ANN_DEFAULT_STORAGE_CLASS] === 'true' || a?.[ANN_BETA_DEFAULT_STORAGE_CLASS] === 'true';
}

/**
 * GetDefaultClass: when several classes are marked default, the newest wins (then the name),
 * so adding a new default class takes over without removing the old mark first.
 */
export function defaultClass(classes: readonly StorageClass[]): StorageClass | undefined {
  const marked = classes.filter(isDefaultClass);
  marked.sort((a, b) => {
    const ta = a.metadata?.creationTimestamp ?? '';
    const tb = b.metadata?.creationTimestamp ?? '';
    if (ta !== tb) return ta < tb ? 1 : -1;
    return (a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1;
  });
  return marked[0];
}

export function hasAnnotation(obj: { metadata?: { annotations?: Record<string, string> } }, key: string): boolean {
  return obj.metadata?.annotations?.[key] !== undefined;
}
