/**
 * The PersistentVolume minikube's hostpath provisioner creates for a claim: `pvc-<claim uid>`,
 * a hostPath directory `/tmp/hostpath-provisioner/<namespace>/<claim>`, the class's reclaim
 * policy, the claim's access modes and requested size, pre-bound to the claim.
 */
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';

export const MINIKUBE_HOSTPATH_PROVISIONER = 'k8s.io/minikube-hostpath';
export const HOSTPATH_PROVISIONER_DIR = '/tmp/hostpath-provisioner';

export const provisionedVolumeName = (claim: PersistentVolumeClaim) => `pvc-${claim.metadata?.uid ?? ''}`;

export function provisionedVolume(claim: PersistentVolumeClaim, sc: StorageClass, provisioner: string, identity: string): PersistentVolume {
  const m = claim.metadata ?? {};
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: {
      name: provisionedVolumeName(claim),
      annotations: { hostPathProvisionerIdentity: identity, 'pv.kubernetes.io/provisioned-by': provisioner },
    },
    spec: {
      accessModes: claim.spec?.accessModes,
      capacity: { storage: claim.spec?.resources?.requests?.storage ?? '0' },
      claimRef: { kind: 'PersistentVolumeClaim', namespace: m.namespace, name: m.name, uid: m.uid, apiVersion: 'v1', resourceVersion: m.resourceVersion },
      hostPath: { path: `${HOSTPATH_PROVISIONER_DIR}/${m.namespace}/${m.name}` },
      persistentVolumeReclaimPolicy: sc.reclaimPolicy ?? 'Delete',
      storageClassName: sc.metadata?.name,
      volumeMode: claim.spec?.volumeMode ?? 'Filesystem',
      ...(sc.mountOptions ? { mountOptions: sc.mountOptions } : {}),
    },
  };
}
