/**
 * The API server's defaulting stage: what a v1.32 server fills in when it decodes a request,
 * one function per resource key. Kinds with no defaults (ConfigMap, ServiceAccount, Event,
 * Lease …) are simply absent; a new kind adds one file and one line here.
 */
import type { KubeObject } from '../../api/types';
import { setDefaultsCronJob } from './cronJob';
import { setDefaultsDaemonSet } from './daemonSet';
import { setDefaultsDeployment } from './deployment';
import { setDefaultsEndpointSlice, setDefaultsEndpoints } from './endpoints';
import { setDefaultsJob } from './job';
import { setDefaultsNamespace } from './namespace';
import { setDefaultsNode } from './node';
import { setDefaultsPersistentVolume, setDefaultsPersistentVolumeClaim } from './persistentVolume';
import { setDefaultsPod } from './pod';
import { setDefaultsReplicaSet } from './replicaSet';
import { setDefaultsReplicationController } from './replicationController';
import { setDefaultsSecret } from './secret';
import { setDefaultsService } from './service';
import { setDefaultsStorageClass } from './storageClass';
import { setDefaultsStatefulSet } from './statefulSet';

const defaulters: Record<string, (obj: KubeObject) => void> = {
  namespaces: setDefaultsNamespace,
  nodes: setDefaultsNode,
  pods: setDefaultsPod,
  services: setDefaultsService,
  endpoints: setDefaultsEndpoints,
  secrets: setDefaultsSecret,
  'replicasets.apps': setDefaultsReplicaSet,
  'deployments.apps': setDefaultsDeployment,
  'jobs.batch': setDefaultsJob,
  'statefulsets.apps': setDefaultsStatefulSet,
  'daemonsets.apps': setDefaultsDaemonSet,
  'cronjobs.batch': setDefaultsCronJob,
  replicationcontrollers: setDefaultsReplicationController,
  'endpointslices.discovery.k8s.io': setDefaultsEndpointSlice,
  persistentvolumes: setDefaultsPersistentVolume,
  persistentvolumeclaims: setDefaultsPersistentVolumeClaim,
  'storageclasses.storage.k8s.io': setDefaultsStorageClass,
};

/** Mutates `obj`, which the caller has already cloned from the request. */
export function applyDefaults(resourceKey: string, obj: KubeObject): void {
  defaulters[resourceKey]?.(obj);
}

export { setDefaultsPodSpec, setDefaultsPodTemplateSpec } from './podSpec';
export { defaultImagePullPolicy } from './container';
