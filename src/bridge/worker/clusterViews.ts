/**
 * The slim shapes the page receives about cluster objects (DESIGN.md §4): what the graph, the
 * events ticker and the completion of names need, never whole objects. Types only, so the page
 * can import them without pulling any simulation code into its bundle.
 */

export interface OwnerView {
  kind: string;
  name: string;
  uid: string;
}

interface BaseView {
  uid: string;
  name: string;
  /** Empty for cluster-scoped kinds. */
  namespace: string;
  labels: Record<string, string>;
  owners: OwnerView[];
}

export interface PodView extends BaseView {
  kind: 'Pod';
  /** Empty while the pod is not bound to a node. */
  nodeName: string;
  /** The STATUS column of `kubectl get pods`. */
  status: string;
  /** The READY column, e.g. `1/1`. */
  ready: string;
  restarts: number;
  phase: string;
  deleting: boolean;
  /** The PersistentVolumeClaims its volumes name; absent when there are none. */
  claims?: string[];
}

export interface NodeView extends BaseView {
  kind: 'Node';
  /** The STATUS column of `kubectl get nodes`, e.g. `Ready,SchedulingDisabled`. */
  status: string;
  ready: boolean;
  unschedulable: boolean;
  roles: string[];
}

export interface WorkloadView extends BaseView {
  kind: 'Deployment' | 'ReplicaSet';
  /** spec.replicas */
  desired: number;
  readyReplicas: number;
  /** Container images of the pod template, in order. */
  images: string[];
}

export interface ServiceView extends BaseView {
  kind: 'Service';
  type: string;
  clusterIP: string;
  /** spec.selector; empty for Services without one. */
  selector: Record<string, string>;
}

export interface ClaimView extends BaseView {
  kind: 'PersistentVolumeClaim';
  /** Pending, Bound or Lost. */
  phase: string;
  /** The PersistentVolume it is bound to; empty until then. */
  volumeName: string;
  /** status.capacity.storage once bound, else what it requests. */
  capacity: string;
}

export interface VolumeView extends BaseView {
  kind: 'PersistentVolume';
  /** Available, Bound, Released or Failed. */
  phase: string;
  capacity: string;
  /** spec.claimRef's uid; empty when nothing claims it. */
  claimUid: string;
}

/** One route of an Ingress; the default backend is the one with neither host nor path. */
export interface IngressPathView {
  /** Empty for any host. */
  host: string;
  path: string;
  service: string;
  /** The Service port's number or name. */
  port: string;
}

export interface IngressView extends BaseView {
  kind: 'Ingress';
  /** The Services its rules and default backend send to, sorted, each once. */
  services: string[];
  hosts: string[];
  /** Rule paths in spec order, then the default backend; only those backed by a Service. */
  paths: IngressPathView[];
}

export interface AutoscalerView extends BaseView {
  kind: 'HorizontalPodAutoscaler';
  /** spec.scaleTargetRef. */
  target: { kind: string; name: string };
  currentReplicas: number;
  desiredReplicas: number;
  minReplicas: number;
  maxReplicas: number;
  /** Each metric as the TARGETS column of `kubectl get hpa` shows it, e.g. `cpu: 0%/50%`. */
  metrics: string[];
}

export interface JobView extends BaseView {
  kind: 'Job';
  /** The COMPLETIONS column of `kubectl get jobs`, e.g. `1/1`. */
  completions: string;
  /** The STATUS column: Complete, Failed, Running… */
  status: string;
}

export interface NamespaceView extends BaseView {
  kind: 'Namespace';
  phase: string;
}

export interface EventView extends BaseView {
  kind: 'Event';
  /** Normal or Warning. */
  type: string;
  reason: string;
  message: string;
  count: number;
  /** Virtual milliseconds since the epoch of the latest occurrence. */
  lastSeen: number;
  involved: { kind: string; name: string; namespace: string; uid: string };
}

export type ObjectView = PodView | NodeView | WorkloadView | JobView | ServiceView | ClaimView | VolumeView | IngressView | AutoscalerView | NamespaceView | EventView;
export type ViewKind = ObjectView['kind'];

/** What changed since the previous message; each uid appears at most once. */
export interface FeedDiff {
  added: ObjectView[];
  updated: ObjectView[];
  removed: string[];
}

/** A subscriber first receives a snapshot, then diffs; after a reset, a new snapshot. */
export type FeedMessage = { type: 'snapshot'; objects: ObjectView[] } | ({ type: 'diff' } & FeedDiff);
