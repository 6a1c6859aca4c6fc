/**
 * The graph as a pure projection of the cluster (DESIGN.md §4): nodes as containers holding
 * their pods, unscheduled pods in a Pending area, Deployments and ReplicaSets above with
 * ownership edges to what they own (StatefulSets, DaemonSets and Jobs drawn from their pods'
 * owners, controllerElements.ts), Services with edges to the pods they select; Ingresses and
 * autoscalers above what they route to or scale, claims and their volumes beside the nodes
 * (resourceElements.ts). Same input, same picture: positions come from sorted names, never from
 * arrival order.
 */
import type { Edge, Node } from '@xyflow/react';
import type { NodeView, PodView, ServiceView, WorkloadView } from '../../../bridge/main/types';
import type { ClusterState } from '../../state/clusterState';
import { podControllers, type ControllerNodeData } from './controllerElements';
import { graphEdge } from './graphEdge';
import { aboveRow, storageColumn, type Drawn, type Extras, type ResourceNodeData } from './resourceElements';
import { AGGREGATE_OVER, DEPLOYMENT_Y, GAP, GROUP_W, groupHeight, NODES_Y, PENDING_EMPTY_W, podSlot, REPLICASET_Y, summaryHeight, WORKLOAD_W } from './graphLayout';

/** Hidden unless "system pods" is ticked: the cluster's own machinery, and minikube addons' (ingress-nginx, dashboard). */
export const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease', 'ingress-nginx', 'kubernetes-dashboard']);

export interface GraphFilters {
  /** Only this namespace; empty for all. */
  namespace: string;
  showSystem: boolean;
  /** `key=value` that objects must carry; empty for none. */
  label: string;
}

export const DEFAULT_FILTERS: GraphFilters = { namespace: '', showSystem: false, label: '' };

export type PodNodeData = { pod: PodView };
/** Pods by STATUS, for a group drawn as counts instead of one box per pod. */
export type StatusCount = { status: string; count: number };
export type GroupNodeData = { node?: NodeView; title: string; podCount: number; summary?: StatusCount[] };
export type WorkloadNodeData = { workload: WorkloadView };
export type ServiceNodeData = { service: ServiceView };

export type FlowNode = Node<PodNodeData, 'pod'> | Node<GroupNodeData, 'cluster'> | Node<WorkloadNodeData, 'workload'> | Node<ServiceNodeData, 'service'> | Node<ResourceNodeData, 'resource'> | Node<ControllerNodeData, 'controller'>;

export const PENDING_ID = 'pending';

type Projected = Pick<ClusterState, 'pods' | 'nodes' | 'workloads' | 'services'> & Partial<Pick<ClusterState, 'jobs'>> & Extras;

const byName = <T extends { namespace: string; name: string }>(a: T, b: T) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name);

function labelMatches(labels: Record<string, string>, filter: string): boolean {
  if (!filter.trim()) return true;
  const [key, value] = filter.split('=').map((s) => s.trim());
  return value === undefined ? key in labels : labels[key] === value;
}

function visible(o: { namespace: string; labels: Record<string, string> }, f: GraphFilters): boolean {
  if (f.namespace && o.namespace !== f.namespace) return false;
  if (!f.showSystem && SYSTEM_NAMESPACES.has(o.namespace)) return false;
  return labelMatches(o.labels, f.label);
}

function selects(service: ServiceView, pod: PodView): boolean {
  const entries = Object.entries(service.selector);
  return service.namespace === pod.namespace && entries.length > 0 && entries.every(([k, v]) => pod.labels[k] === v);
}

/** Counts per STATUS, most common first (ties by name), so the picture is stable. */
export function summarize(pods: PodView[]): StatusCount[] {
  const counts = new Map<string, number>();
  for (const p of pods) counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
  return [...counts.entries()].map(([status, count]) => ({ status, count })).sort((a, b) => b.count - a.count || a.status.localeCompare(b.status));
}

/** The x where the Pending area would start right after the nodes (the storage column goes there). */
const afterNodes = (state: Projected) => Object.keys(state.nodes).length * (GROUP_W + 2 * GAP) + 2 * GAP;

/** `pendingX`: where the Pending area goes, after the nodes and whatever sits beside them. */
function groups(state: Projected, pods: PodView[], aggregateOver: number, pendingX: number): { nodes: FlowNode[]; podNodes: FlowNode[] } {
  const clusterNodes = Object.values(state.nodes).sort(byName);
  const known = new Set(clusterNodes.map((n) => n.name));
  const podsOn = new Map<string, PodView[]>();
  for (const p of pods) {
    const key = p.nodeName && known.has(p.nodeName) ? p.nodeName : PENDING_ID;
    podsOn.set(key, [...(podsOn.get(key) ?? []), p]);
  }
  const out: FlowNode[] = [];
  const podNodes: FlowNode[] = [];
  const place = (id: string, data: GroupNodeData, x: number, members: PodView[]) => {
    if (members.length > aggregateOver) {
      // Too many boxes to draw smoothly (DESIGN.md §7): the group shows counts per STATUS instead.
      const summary = summarize(members);
      out.push({ id, type: 'cluster', position: { x, y: NODES_Y }, data: { ...data, summary }, style: { width: GROUP_W, height: summaryHeight(summary.length) }, draggable: false, zIndex: 1 });
      return;
    }
    // An empty Pending area stays narrow: the nodes are what the learner looks at.
    const width = id === PENDING_ID && members.length === 0 ? PENDING_EMPTY_W : GROUP_W;
    out.push({ id, type: 'cluster', position: { x, y: NODES_Y }, data, style: { width, height: groupHeight(members.length) }, draggable: false, zIndex: 1 });
    members.forEach((pod, i) => podNodes.push({ id: pod.uid, type: 'pod', parentId: id, extent: 'parent', position: podSlot(i), data: { pod }, draggable: false, zIndex: 2 }));
  };
  const pending = podsOn.get(PENDING_ID) ?? [];
  clusterNodes.forEach((node, i) => {
    const members = podsOn.get(node.name) ?? [];
    place(`node:${node.uid}`, { node, title: node.name, podCount: members.length }, i * (GROUP_W + 2 * GAP), members);
  });
  place(PENDING_ID, { title: 'Pending / unscheduled', podCount: pending.length }, pendingX, pending);
  return { nodes: out, podNodes };
}

function owners(state: Projected, pods: PodView[], f: GraphFilters): { nodes: FlowNode[]; edges: Edge[] } {
  const workloads = Object.values(state.workloads).filter((w) => visible(w, f));
  const deployments = workloads.filter((w) => w.kind === 'Deployment').sort(byName);
  const replicaSets = workloads.filter((w) => w.kind === 'ReplicaSet').sort(byName);
  // Old ReplicaSets scaled to zero stay hidden, as `kubectl get rs` users learn to ignore them.
  const liveSets = replicaSets.filter((rs) => rs.desired > 0 || pods.some((p) => p.owners.some((o) => o.uid === rs.uid)));
  // Controllers that own pods directly sit in the ReplicaSets' row, just above the pods.
  const controllers = podControllers(pods, state.jobs);
  const nodes: FlowNode[] = [];
  const edges: Edge[] = [];
  const step = WORKLOAD_W + 2 * GAP;
  deployments.forEach((d, i) => nodes.push({ id: d.uid, type: 'workload', position: { x: i * step, y: DEPLOYMENT_Y }, data: { workload: d }, draggable: false }));
  liveSets.forEach((rs, i) => nodes.push({ id: rs.uid, type: 'workload', position: { x: i * step, y: REPLICASET_Y }, data: { workload: rs }, draggable: false }));
  controllers.forEach((c, i) => nodes.push({ id: c.uid, type: 'controller', position: { x: (liveSets.length + i) * step, y: REPLICASET_Y }, data: c, draggable: false }));
  const shown = new Set([...deployments, ...liveSets, ...controllers].map((w) => w.uid));
  for (const child of [...liveSets, ...pods]) {
    for (const o of child.owners) {
      if (shown.has(o.uid)) edges.push(graphEdge('owner', o, child));
    }
  }
  return { nodes, edges };
}

function services(state: Projected, pods: PodView[], f: GraphFilters, x0: number): { nodes: FlowNode[]; edges: Edge[] } {
  const list = Object.values(state.services)
    .filter((s) => visible(s, f) && Object.keys(s.selector).length > 0)
    .sort(byName);
  const nodes: FlowNode[] = list.map((service, i) => ({ id: service.uid, type: 'service', position: { x: x0 + i * (WORKLOAD_W + 2 * GAP), y: DEPLOYMENT_Y }, data: { service }, draggable: false }));
  const edges: Edge[] = list.flatMap((s) => pods.filter((p) => selects(s, p)).map((p) => graphEdge('service', s, p)));
  return { nodes, edges };
}

/** `aggregateOver`: pods per group beyond which the group shows counts (the bench raises it). */
export function toFlowElements(state: Projected, filters: GraphFilters = DEFAULT_FILTERS, aggregateOver = AGGREGATE_OVER): { nodes: FlowNode[]; edges: Edge[] } {
  const pods = Object.values(state.pods)
    .filter((p) => visible(p, filters))
    .sort(byName);
  // Storage sits right beside the nodes, so pod → claim edges stay short; Pending comes after it.
  const storage = storageColumn(state, (x) => visible(x, filters), pods, afterNodes(state), !filters.namespace && !filters.label);
  const storageEnd = Math.max(0, ...storage.nodes.map((n) => n.position.x + WORKLOAD_W + 4 * GAP));
  const g = groups(state, pods, aggregateOver, Math.max(afterNodes(state), storageEnd));
  const o = owners(state, pods, filters);
  const columns = Math.max(0, ...o.nodes.map((n) => n.position.x + WORKLOAD_W + 4 * GAP));
  const s = services(state, pods, filters, columns);
  const drawnOwners: Drawn[] = [...o.nodes, ...s.nodes].flatMap((n) => {
    const v = n.type === 'workload' ? n.data.workload : n.type === 'service' ? n.data.service : n.type === 'controller' ? n.data : undefined;
    return v ? [{ uid: v.uid, kind: v.kind, name: v.name, namespace: v.namespace, x: n.position.x }] : [];
  });
  const above = aboveRow(state, (x) => visible(x, filters), drawnOwners);
  const nodes = [...g.nodes, ...o.nodes, ...s.nodes, ...above.nodes, ...storage.nodes, ...g.podNodes];
  // Pods counted in an aggregated group have no box to point at.
  const drawn = new Set(nodes.map((n) => n.id));
  const edges = [...o.edges, ...s.edges, ...above.edges, ...storage.edges].filter((e) => drawn.has(e.target) && drawn.has(e.source));
  // Parents must come before their children for React Flow.
  return { nodes, edges };
}
