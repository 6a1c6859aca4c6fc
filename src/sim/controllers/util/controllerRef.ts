/**
 * Controller references: the one ownerReference with `controller: true` that says which
 * controller manages an object (metav1.GetControllerOf / NewControllerRef).
 */
import type { KubeObject, ObjectMeta, OwnerReference } from '../../api/types';

/** Any API object: typed shapes (ReplicaSet, Pod) and KubeObject alike. */
export interface HasMetadata {
  metadata?: ObjectMeta;
}

/** kubernetes-types shapes lack KubeObject's index signature; they are KubeObjects all the same. */
export const asKubeObject = (o: HasMetadata) => o as KubeObject;

export function getControllerOf(obj: HasMetadata): OwnerReference | undefined {
  return obj.metadata?.ownerReferences?.find((r) => r.controller === true);
}

/** blockOwnerDeletion makes a foreground deletion of the owner wait for this dependent. */
export function newControllerRef(owner: { metadata: { name: string; uid: string } }, apiVersion: string, kind: string): OwnerReference {
  return { apiVersion, kind, name: owner.metadata.name, uid: owner.metadata.uid, controller: true, blockOwnerDeletion: true };
}
