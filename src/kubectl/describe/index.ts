/**
 * `kubectl describe` as pure functions: an object, the related objects a describer would
 * fetch, and `now` for ages. Each kind has its describer; others get the generic outline.
 */
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { ConfigMap, Endpoints, Event, LimitRange, Namespace, Node, PersistentVolume, PersistentVolumeClaim, Pod, ResourceQuota, Secret, Service, ServiceAccount } from 'kubernetes-types/core/v1';
import type { Lease } from 'kubernetes-types/coordination/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import { groupKindOf } from '../printers/groupKind';
import { describeDeployment } from './deployment';
import { describeGeneric } from './generic';
import { describeNamespace } from './namespace';
import { describeNode } from './node';
import { describePersistentVolume } from './persistentvolume';
import { describePersistentVolumeClaim } from './persistentvolumeclaim';
import { describePod } from './pod';
import { describeReplicaSet } from './replicaset';
import { describeService } from './service';
import { describeConfigMap, describeSecret, describeServiceAccount } from './simple';
import { describeStorageClass } from './storageclass';
import { describeHorizontalPodAutoscaler } from './horizontalpodautoscaler';
import { describeIngress } from './ingress';
import { describePodDisruptionBudget, describePriorityClass } from './policy';
import type { HorizontalPodAutoscaler } from 'kubernetes-types/autoscaling/v2';
import type { Ingress } from 'kubernetes-types/networking/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { PriorityClass } from 'kubernetes-types/scheduling/v1';

export interface DescribeRelated {
  /** Events about the object (see eventsFor); omit for --show-events=false. */
  events?: Event[];
  /** ReplicaSet: pods it may control. Node: pods in the cluster (those on the node are listed). */
  pods?: Pod[];
  /** Deployment: ReplicaSets in its namespace (those it controls are classified old/new). */
  replicaSets?: ReplicaSet[];
  /** Service: the EndpointSlices labelled kubernetes.io/service-name=<service>. */
  endpointSlices?: EndpointSlice[];
  /** Node: its Lease in kube-node-lease, `null` if missing. */
  lease?: Lease | null;
  /** ServiceAccount: its token Secrets. */
  tokens?: Secret[];
  /** Namespace: its ResourceQuotas and LimitRanges. */
  resourceQuotas?: ResourceQuota[];
  limitRanges?: LimitRange[];
  /** Ingress: the Services and Endpoints of its namespace (its backends are looked up there). */
  services?: Service[];
  endpoints?: Endpoints[];
}

export interface DescribableObject {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
  [field: string]: unknown;
}

export function describeObject(obj: DescribableObject, related: DescribeRelated, now: number): string {
  const { events } = related;
  switch (groupKindOf(obj)) {
    case 'Pod':
      return describePod(obj as Pod, events, now);
    case 'Deployment.apps':
      return describeDeployment(obj as Deployment, related.replicaSets, events, now);
    case 'ReplicaSet.apps':
      return describeReplicaSet(obj as ReplicaSet, related.pods, events, now);
    case 'Node':
      return describeNode(obj as Node, related, now);
    case 'Service':
      return describeService(obj as Service, related.endpointSlices, events, now);
    case 'Namespace':
      return describeNamespace(obj as Namespace, related);
    case 'ConfigMap':
      return describeConfigMap(obj as ConfigMap, events, now);
    case 'Secret':
      return describeSecret(obj as Secret);
    case 'ServiceAccount':
      return describeServiceAccount(obj as ServiceAccount, related.tokens, events, now);
    case 'PersistentVolume':
      return describePersistentVolume(obj as PersistentVolume, events, now);
    case 'PersistentVolumeClaim':
      return describePersistentVolumeClaim(obj as PersistentVolumeClaim, related.pods, events, now);
    case 'StorageClass.storage.k8s.io':
      return describeStorageClass(obj as unknown as StorageClass, events, now);
    case 'HorizontalPodAutoscaler.autoscaling':
      return describeHorizontalPodAutoscaler(obj as HorizontalPodAutoscaler, events, now);
    case 'Ingress.networking.k8s.io':
      return describeIngress(obj as Ingress, related, events, now);
    case 'PodDisruptionBudget.policy':
      return describePodDisruptionBudget(obj as PodDisruptionBudget, events, now);
    case 'PriorityClass.scheduling.k8s.io':
      return describePriorityClass(obj as unknown as PriorityClass, events, now);
    default:
      return describeGeneric(obj, events, now);
  }
}

export { describePod } from './pod';
export { describeDeployment, classifyReplicaSets } from './deployment';
export { describeReplicaSet, podPhaseCounts } from './replicaset';
export { describeNode, type NodeRelated } from './node';
export { describeService, formatEndpointSlices } from './service';
export { describeNamespace, type NamespaceRelated } from './namespace';
export { describeConfigMap, describeSecret, describeServiceAccount } from './simple';
export { describeGeneric, smartLabelFor } from './generic';
export { describeEvents, eventsFor, eventsForObject, type ObjectReference } from './events';
export { podQOSClass } from './qos';
export { canonicalQuantity, parseQuantity, formatQuantity, addQuantities, type Quantity } from './quantity';
export { rfc1123z } from './format';
export { PrefixWriter, tabbedString } from './prefixWriter';
