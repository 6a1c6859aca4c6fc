/**
 * Controller references: the one ownerReference with `controller: true` that says which
 * controller manages an object (metav1.GetControllerOf / NewControllerRef).
 */
import type { KubeObject, OwnerReference, Stored } from '../../api/types';

export function getControllerOf(obj: KubeObject): OwnerReference | undefined {
  return obj.metadata?.ownerReferences?.find((r) => r.controller === true);
}

/** blockOwnerDeletion makes a foreground deletion of the owner wait for this dependent. */
export function newControllerRef(owner: Stored, apiVersion: string, kind: string): OwnerReference {
  return { apiVersion, kind, name: owner.metadata.name, uid: owner.metadata.uid, controller: true, blockOwnerDeletion: true };
}
