/**
 * The page's copy of the cluster, one record per kind keyed by uid, rebuilt from the Worker's
 * snapshot and diffs. A diff touching only pods leaves every other record the same object, so
 * views that select nodes or workloads do not re-render.
 */
import type { AutoscalerView, ClaimView, EventView, FeedMessage, IngressView, JobView, NamespaceView, NodeView, ObjectView, PodView, ServiceView, VolumeView, WorkloadView } from '../../bridge/main/types';

export interface ClusterState {
  pods: Record<string, PodView>;
  nodes: Record<string, NodeView>;
  workloads: Record<string, WorkloadView>;
  jobs: Record<string, JobView>;
  services: Record<string, ServiceView>;
  claims: Record<string, ClaimView>;
  volumes: Record<string, VolumeView>;
  ingresses: Record<string, IngressView>;
  autoscalers: Record<string, AutoscalerView>;
  namespaces: Record<string, NamespaceView>;
  events: Record<string, EventView>;
}

type Bucket = keyof ClusterState;

const empty = (): ClusterState => ({ pods: {}, nodes: {}, workloads: {}, jobs: {}, services: {}, claims: {}, volumes: {}, ingresses: {}, autoscalers: {}, namespaces: {}, events: {} });

export const EMPTY_CLUSTER: ClusterState = empty();

const BUCKET_OF: Record<ObjectView['kind'], Bucket> = {
  Pod: 'pods',
  Node: 'nodes',
  Deployment: 'workloads',
  ReplicaSet: 'workloads',
  Job: 'jobs',
  Service: 'services',
  PersistentVolumeClaim: 'claims',
  PersistentVolume: 'volumes',
  Ingress: 'ingresses',
  HorizontalPodAutoscaler: 'autoscalers',
  Namespace: 'namespaces',
  Event: 'events',
};

/** How many events the page keeps; the ticker shows the latest few. */
export const MAX_EVENTS = 200;

function fromSnapshot(objects: ObjectView[]): ClusterState {
  const next = empty();
  for (const o of objects) (next[BUCKET_OF[o.kind]] as Record<string, ObjectView>)[o.uid] = o;
  next.events = trimEvents(next.events);
  return next;
}

function trimEvents(events: Record<string, EventView>): Record<string, EventView> {
  const all = Object.values(events);
  if (all.length <= MAX_EVENTS) return events;
  all.sort((a, b) => b.lastSeen - a.lastSeen);
  return Object.fromEntries(all.slice(0, MAX_EVENTS).map((e) => [e.uid, e]));
}

/** The state after `message`; untouched buckets keep their identity. */
export function applyFeedMessage(state: ClusterState, message: FeedMessage): ClusterState {
  if (message.type === 'snapshot') return fromSnapshot(message.objects);
  const copies = new Map<Bucket, Record<string, ObjectView>>();
  const bucket = (b: Bucket) => {
    let copy = copies.get(b);
    if (!copy) copies.set(b, (copy = { ...(state[b] as Record<string, ObjectView>) }));
    return copy;
  };
  for (const o of [...message.added, ...message.updated]) bucket(BUCKET_OF[o.kind])[o.uid] = o;
  for (const uid of message.removed) {
    const b = (Object.keys(state) as Bucket[]).find((k) => uid in state[k]);
    if (b) delete bucket(b)[uid];
  }
  if (copies.size === 0) return state;
  const next = { ...state, ...Object.fromEntries(copies) } as ClusterState;
  if (copies.has('events')) next.events = trimEvents(next.events);
  return next;
}
