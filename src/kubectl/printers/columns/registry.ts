/**
 * Which table convertor serves which kind. Adding a kind is one file exporting a
 * TableConvertor plus one line here.
 */
import { certificateSigningRequestTable } from './certificatesigningrequest';
import { controllerRevisionTable } from './controllerrevision';
import { cronJobTable } from './cronjob';
import { daemonSetTable } from './daemonset';
import { deploymentTable } from './deployment';
import { endpointsTable } from './endpoints';
import { endpointSliceTable } from './endpointslice';
import { eventTable } from './event';
import { horizontalPodAutoscalerTable } from './horizontalpodautoscaler';
import { ingressClassTable, ingressTable } from './ingress';
import { jobTable } from './job';
import { namespaceTable } from './namespace';
import { nodeTable } from './node';
import { persistentVolumeTable } from './persistentvolume';
import { persistentVolumeClaimTable } from './persistentvolumeclaim';
import { podTable } from './pod';
import { podDisruptionBudgetTable, priorityClassTable } from './policy';
import { replicaSetTable } from './replicaset';
import { replicationControllerTable } from './replicationcontroller';
import { serviceTable } from './service';
import { statefulSetTable } from './statefulset';
import { storageClassTable } from './storageclass';
import { configMapTable, genericTable, leaseTable, secretTable, serviceAccountTable } from './simple';
import type { TableConvertor } from './types';

/** Keyed by `Kind.group` (`Deployment.apps`), or `Kind` for the core group. */
const convertors = new Map<string, TableConvertor>();

export function registerTableConvertor(groupKind: string, convertor: TableConvertor<never>): void {
  convertors.set(groupKind, convertor as TableConvertor);
}

/** The convertor for a kind, or the NAME/AGE fallback the server uses for the rest. */
export function tableConvertorFor(groupKind: string): TableConvertor {
  return convertors.get(groupKind) ?? (genericTable as TableConvertor);
}

registerTableConvertor('Pod', podTable);
registerTableConvertor('Service', serviceTable);
registerTableConvertor('Node', nodeTable);
registerTableConvertor('Namespace', namespaceTable);
registerTableConvertor('Endpoints', endpointsTable);
registerTableConvertor('Event', eventTable);
registerTableConvertor('ServiceAccount', serviceAccountTable);
registerTableConvertor('ConfigMap', configMapTable);
registerTableConvertor('Secret', secretTable);
registerTableConvertor('Deployment.apps', deploymentTable);
registerTableConvertor('ReplicaSet.apps', replicaSetTable);
registerTableConvertor('StatefulSet.apps', statefulSetTable);
registerTableConvertor('DaemonSet.apps', daemonSetTable);
registerTableConvertor('ControllerRevision.apps', controllerRevisionTable);
registerTableConvertor('Job.batch', jobTable);
registerTableConvertor('CronJob.batch', cronJobTable);
registerTableConvertor('ReplicationController', replicationControllerTable);
registerTableConvertor('EndpointSlice.discovery.k8s.io', endpointSliceTable);
registerTableConvertor('Lease.coordination.k8s.io', leaseTable);
registerTableConvertor('PersistentVolume', persistentVolumeTable);
registerTableConvertor('PersistentVolumeClaim', persistentVolumeClaimTable);
registerTableConvertor('StorageClass.storage.k8s.io', storageClassTable);
registerTableConvertor('HorizontalPodAutoscaler.autoscaling', horizontalPodAutoscalerTable);
registerTableConvertor('Ingress.networking.k8s.io', ingressTable);
registerTableConvertor('IngressClass.networking.k8s.io', ingressClassTable);
registerTableConvertor('PodDisruptionBudget.policy', podDisruptionBudgetTable);
registerTableConvertor('PriorityClass.scheduling.k8s.io', priorityClassTable);
registerTableConvertor('CertificateSigningRequest.certificates.k8s.io', certificateSigningRequestTable);
