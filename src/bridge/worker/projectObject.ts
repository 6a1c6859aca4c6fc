/**
 * Projects a stored object onto the slim view the page needs. STATUS texts come from kubectl's
 * own printers, so the graph and `kubectl get` can never disagree.
 */
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Event, Namespace, Node, PersistentVolume, PersistentVolumeClaim, Pod, Service } from 'kubernetes-types/core/v1';
import type { HorizontalPodAutoscaler } from 'kubernetes-types/autoscaling/v2';
import type { Ingress } from 'kubernetes-types/networking/v1';
import type { Job } from 'kubernetes-types/batch/v1';
import { parseTime } from '../../common/time';
import { findNodeRoles, jobCompletions, jobStatus, nodeStatus, podSummary } from '../../kubectl/printers';
import type { KubeObject, Stored } from '../../sim';
import { autoscalerView, claimView, ingressView, podClaims, volumeView } from './projectStorage';
import type { EventView, JobView, NodeView, ObjectView, OwnerView, PodView, ServiceView, WorkloadView } from './clusterViews';

type Base = Omit<PodView, 'kind' | 'nodeName' | 'status' | 'ready' | 'restarts' | 'phase' | 'deleting'>;

function base(obj: Pick<Stored, 'metadata'>): Base {
  const m = obj.metadata;
  const owners: OwnerView[] = (m.ownerReferences ?? []).map((o) => ({ kind: o.kind, name: o.name, uid: o.uid }));
  return { uid: m.uid, name: m.name, namespace: m.namespace ?? '', labels: { ...(m.labels ?? {}) }, owners };
}

function pod(obj: Stored<Pod>, now: number): PodView {
  const summary = podSummary(obj, now);
  const restarts = (obj.status?.containerStatuses ?? []).reduce((n, c) => n + (c.restartCount ?? 0), 0);
  const claims = podClaims(obj);
  return {
    ...base(obj),
    kind: 'Pod',
    nodeName: obj.spec?.nodeName ?? '',
    status: summary.status,
    ready: summary.ready,
    restarts,
    phase: obj.status?.phase ?? '',
    deleting: obj.metadata.deletionTimestamp !== undefined,
    ...(claims ? { claims } : {}),
  };
}

function node(obj: Stored<Node>): NodeView {
  const status = nodeStatus(obj);
  return { ...base(obj), kind: 'Node', status, ready: status.split(',')[0] === 'Ready', unschedulable: obj.spec?.unschedulable === true, roles: findNodeRoles(obj) };
}

function workload(obj: Stored<Deployment | ReplicaSet>, kind: WorkloadView['kind']): WorkloadView {
  const images = (obj.spec?.template?.spec?.containers ?? []).map((c) => c.image ?? '');
  return { ...base(obj), kind, desired: obj.spec?.replicas ?? 1, readyReplicas: obj.status?.readyReplicas ?? 0, images };
}

function job(obj: Stored<Job>): JobView {
  return { ...base(obj), kind: 'Job', completions: jobCompletions(obj), status: jobStatus(obj) };
}

function service(obj: Stored<Service>): ServiceView {
  return { ...base(obj), kind: 'Service', type: obj.spec?.type ?? 'ClusterIP', clusterIP: obj.spec?.clusterIP ?? '', selector: { ...(obj.spec?.selector ?? {}) } };
}

function event(obj: Stored<Event>): EventView {
  const io = obj.involvedObject;
  const lastSeen = parseTime(obj.lastTimestamp ?? undefined) ?? parseTime(obj.eventTime ?? undefined) ?? parseTime(obj.metadata.creationTimestamp) ?? 0;
  return {
    ...base(obj),
    kind: 'Event',
    type: obj.type ?? 'Normal',
    reason: obj.reason ?? '',
    message: obj.message ?? '',
    count: obj.count ?? 1,
    lastSeen,
    involved: { kind: io?.kind ?? '', name: io?.name ?? '', namespace: io?.namespace ?? '', uid: io?.uid ?? '' },
  };
}

/** The view of `obj` (of `kind`), or undefined for kinds the page does not show. */
export function projectObject(kind: string, obj: Stored<KubeObject>, now: number): ObjectView | undefined {
  switch (kind) {
    case 'Pod':
      return pod(obj as Stored<Pod>, now);
    case 'Node':
      return node(obj as Stored<Node>);
    case 'Deployment':
    case 'ReplicaSet':
      return workload(obj as Stored<Deployment>, kind);
    case 'Job':
      return job(obj as Stored<Job>);
    case 'Service':
      return service(obj as Stored<Service>);
    case 'PersistentVolumeClaim':
      return claimView(base(obj), obj as Stored<PersistentVolumeClaim>);
    case 'PersistentVolume':
      return volumeView(base(obj), obj as Stored<PersistentVolume>);
    case 'Ingress':
      return ingressView(base(obj), obj as Stored<Ingress>);
    case 'HorizontalPodAutoscaler':
      return autoscalerView(base(obj), obj as Stored<HorizontalPodAutoscaler>);
    case 'Namespace':
      return { ...base(obj), kind: 'Namespace', phase: (obj as Stored<Namespace>).status?.phase ?? 'Active' };
    case 'Event':
      return event(obj as unknown as Stored<Event>);
    default:
      return undefined;
  }
}
