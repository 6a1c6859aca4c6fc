/**
 * The API server's validation stage: one KindValidation per resource key. A kind without its
 * own file gets the ObjectMeta rules (DNS-1123 subdomain name), which every kind shares.
 */
import type { FieldError } from '../../api/fieldErrors';
import { BUILTIN_RESOURCES, resourceKey } from '../../api/resources';
import type { KubeObject } from '../../api/types';
import { certificateSigningRequestValidation } from './certificateSigningRequest';
import { configMapValidation } from './configMap';
import { cronJobValidation } from './cronJob';
import { daemonSetValidation } from './daemonSet';
import { deploymentValidation } from './deployment';
import { endpointSliceValidation } from './endpointSlice';
import { endpointsValidation } from './endpoints';
import { eventValidation } from './event';
import { jobValidation } from './job';
import { leaseValidation } from './lease';
import { nameIsDNSSubdomain, nameIsPathSegment } from './names';
import { namespaceValidation } from './namespace';
import { nodeValidation } from './node';
import { persistentVolumeClaimValidation, persistentVolumeValidation } from './persistentVolume';
import { podValidation } from './pod';
import { replicaSetValidation } from './replicaSet';
import { secretValidation } from './secret';
import { serviceValidation } from './service';
import { statefulSetValidation } from './statefulSet';
import { storageClassValidation } from './storageClass';
import { metadataOnly, type KindValidation } from './types';

const validations: Record<string, KindValidation> = {
  namespaces: namespaceValidation,
  nodes: nodeValidation,
  pods: podValidation,
  services: serviceValidation,
  endpoints: endpointsValidation,
  events: eventValidation,
  configmaps: configMapValidation,
  secrets: secretValidation,
  'replicasets.apps': replicaSetValidation,
  'deployments.apps': deploymentValidation,
  'jobs.batch': jobValidation,
  'cronjobs.batch': cronJobValidation,
  'statefulsets.apps': statefulSetValidation,
  'daemonsets.apps': daemonSetValidation,
  'endpointslices.discovery.k8s.io': endpointSliceValidation,
  'leases.coordination.k8s.io': leaseValidation,
  persistentvolumes: persistentVolumeValidation,
  persistentvolumeclaims: persistentVolumeClaimValidation,
  'storageclasses.storage.k8s.io': storageClassValidation,
  'certificatesigningrequests.certificates.k8s.io': certificateSigningRequestValidation,
};

function validationFor(key: string): KindValidation {
  const own = validations[key];
  if (own) return own;
  const namespaced = BUILTIN_RESOURCES.find((r) => resourceKey(r) === key)?.namespaced ?? true;
  return metadataOnly(namespaced, key.endsWith('.rbac.authorization.k8s.io') ? nameIsPathSegment : nameIsDNSSubdomain);
}

export function validateCreate(resourceKey: string, obj: KubeObject): FieldError[] {
  return validationFor(resourceKey).validateCreate(obj);
}

export function validateUpdate(resourceKey: string, obj: KubeObject, old: KubeObject): FieldError[] {
  return validationFor(resourceKey).validateUpdate(obj, old);
}

export type { KindValidation } from './types';
export type { GoSyntax } from './goSyntax';
export { NODE_PORT_RANGE } from './service';
