/**
 * The objects drawn around the workloads: Ingresses routing to Services and autoscalers scaling
 * a workload (a row above them), claims and the volumes bound to them (a column beside the
 * nodes), with their edges — Ingress → Service, HPA → target, Pod → claim, claim → volume.
 */
import type { Edge } from '@xyflow/react';
import { graphEdge } from './graphEdge';
import type { AutoscalerView, ClaimView, IngressView, PodView, VolumeView } from '../../../bridge/main/types';
import type { ClusterState } from '../../state/clusterState';
import { ABOVE_Y, GAP, NODES_Y, WORKLOAD_H, WORKLOAD_W } from './graphLayout';
import type { FlowNode } from './toFlowElements';

export type ResourceView = ClaimView | VolumeView | IngressView | AutoscalerView;
export type ResourceNodeData = { resource: ResourceView };

export type Extras = Partial<Pick<ClusterState, 'claims' | 'volumes' | 'ingresses' | 'autoscalers'>>;

type Visible = (o: { namespace: string; labels: Record<string, string> }) => boolean;

const byName = <T extends { namespace: string; name: string }>(a: T, b: T) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name);
const STEP = WORKLOAD_W + 2 * GAP;

const replicas = (n: number) => `${n} replica${n === 1 ? '' : 's'}`;
/** Routes an Ingress box lists before it counts the rest, as kubectl's TARGETS does with metrics. */
export const ROUTES_SHOWN = 3;

/** The lines under a box's name: what `kubectl get` would say about it at a glance. */
export function resourceDetail(r: ResourceView): string[] {
  switch (r.kind) {
    case 'PersistentVolumeClaim':
    case 'PersistentVolume':
      return [`${r.phase} ${r.capacity}`.trim()];
    case 'Ingress': {
      if (!r.paths.length) return [r.hosts.length ? r.hosts.join(', ') : '*'];
      const lines = r.paths.slice(0, ROUTES_SHOWN).map((p) => `${p.host || '*'}${p.path} → ${p.service}:${p.port}`);
      return r.paths.length > ROUTES_SHOWN ? [...lines, `+ ${r.paths.length - ROUTES_SHOWN} more...`] : lines;
    }
    case 'HorizontalPodAutoscaler': {
      const scale = `${replicas(r.currentReplicas)}${r.desiredReplicas !== r.currentReplicas ? ` → ${r.desiredReplicas}` : ''} · min ${r.minReplicas} max ${r.maxReplicas}`;
      return [[...r.metrics, scale].join(' · ')];
    }
  }
}

function resourceNode(resource: ResourceView, x: number, y: number): FlowNode {
  return { id: resource.uid, type: 'resource', position: { x, y }, data: { resource }, draggable: false };
}

/** What a drawn workload or Service is, to find the box an edge points at. */
export interface Drawn {
  uid: string;
  kind: string;
  name: string;
  namespace: string;
  x: number;
}

/** The row above: each box over what it points at, pushed right where boxes would overlap. */
export function aboveRow(extras: Extras, visible: Visible, drawn: readonly Drawn[]): { nodes: FlowNode[]; edges: Edge[] } {
  const find = (kind: string, name: string, ns: string) => drawn.find((d) => d.kind === kind && d.name === name && d.namespace === ns);
  const placed: { view: ResourceView; hint: number; targets: Drawn[]; kind: string }[] = [];
  for (const h of Object.values(extras.autoscalers ?? {}).filter(visible).sort(byName)) {
    const target = find(h.target.kind, h.target.name, h.namespace);
    placed.push({ view: h, hint: target?.x ?? Infinity, targets: target ? [target] : [], kind: 'scale' });
  }
  for (const ing of Object.values(extras.ingresses ?? {}).filter(visible).sort(byName)) {
    const targets = ing.services.flatMap((s) => find('Service', s, ing.namespace) ?? []);
    placed.push({ view: ing, hint: targets[0]?.x ?? Infinity, targets, kind: 'route' });
  }
  // Stable order: by where they point, then as listed; unattached ones go last.
  placed.sort((a, b) => (a.hint === b.hint ? 0 : a.hint < b.hint ? -1 : 1));
  const nodes: FlowNode[] = [];
  const edges: Edge[] = [];
  let next = -Infinity;
  for (const p of placed) {
    const x = Math.max(Number.isFinite(p.hint) ? p.hint : next, next === -Infinity ? 0 : next);
    nodes.push(resourceNode(p.view, x, ABOVE_Y));
    next = x + STEP;
    for (const t of p.targets) edges.push(graphEdge(p.kind, p.view, t));
  }
  return { nodes, edges };
}

/** Claims in a column at `x0`, each bound volume beside its claim; pods point at their claims. */
export function storageColumn(extras: Extras, visible: Visible, pods: readonly PodView[], x0: number, showUnclaimed: boolean): { nodes: FlowNode[]; edges: Edge[] } {
  const claims = Object.values(extras.claims ?? {}).filter(visible).sort(byName);
  const volumes = Object.values(extras.volumes ?? {}).sort((a, b) => a.name.localeCompare(b.name));
  const nodes: FlowNode[] = [];
  const edges: Edge[] = [];
  const row = (i: number) => NODES_Y + i * (WORKLOAD_H + 2 * GAP);
  const shownVolumes = new Set<string>();
  claims.forEach((c, i) => {
    nodes.push(resourceNode(c, x0, row(i)));
    const pv = volumes.find((v) => v.name === c.volumeName && (v.claimUid === '' || v.claimUid === c.uid));
    if (pv) {
      nodes.push(resourceNode(pv, x0 + STEP, row(i)));
      shownVolumes.add(pv.uid);
      edges.push(graphEdge('bound', c, pv));
    }
    for (const p of pods) if (p.namespace === c.namespace && p.claims?.includes(c.name)) edges.push(graphEdge('claim', p, c));
  });
  if (showUnclaimed) {
    const rest = volumes.filter((v) => !shownVolumes.has(v.uid) && v.claimUid === '');
    rest.forEach((v, i) => nodes.push(resourceNode(v, x0 + STEP, row(claims.length + i))));
  }
  return { nodes, edges };
}
