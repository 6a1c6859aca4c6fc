import { describe, expect, it } from 'vitest';
import type { NodeView, PodView, ServiceView, WorkloadView } from '../../../bridge/main/types';
import { EMPTY_CLUSTER, type ClusterState } from '../../state/clusterState';
import { DEFAULT_FILTERS, PENDING_ID, toFlowElements, type GraphFilters } from './toFlowElements';
import { AGGREGATE_OVER } from './graphLayout';

const node = (name: string): NodeView => ({ kind: 'Node', uid: `n-${name}`, name, namespace: '', labels: {}, owners: [], status: 'Ready', ready: true, unschedulable: false, roles: [] });
const workload = (kind: WorkloadView['kind'], name: string, desired: number, owner?: string): WorkloadView => ({
  kind,
  uid: `${kind}-${name}`,
  name,
  namespace: 'default',
  labels: { app: 'web' },
  owners: owner ? [{ kind: 'Deployment', name: owner, uid: `Deployment-${owner}` }] : [],
  desired,
  readyReplicas: 0,
  images: ['nginx'],
});
const pod = (name: string, nodeName: string, extra: Partial<PodView> = {}): PodView => ({
  kind: 'Pod',
  uid: `p-${name}`,
  name,
  namespace: 'default',
  labels: { app: 'web' },
  owners: [{ kind: 'ReplicaSet', name: 'web-1', uid: 'ReplicaSet-web-1' }],
  nodeName,
  status: nodeName ? 'Running' : 'Pending',
  ready: '1/1',
  restarts: 0,
  phase: 'Running',
  deleting: false,
  ...extra,
});
const service: ServiceView = { kind: 'Service', uid: 's-web', name: 'web', namespace: 'default', labels: {}, owners: [], type: 'ClusterIP', clusterIP: '10.96.0.10', selector: { app: 'web' } };

function cluster(parts: { nodes?: NodeView[]; pods?: PodView[]; workloads?: WorkloadView[]; services?: ServiceView[] }): ClusterState {
  const rec = <T extends { uid: string }>(xs: T[] = []) => Object.fromEntries(xs.map((x) => [x.uid, x]));
  return { ...EMPTY_CLUSTER, nodes: rec(parts.nodes), pods: rec(parts.pods), workloads: rec(parts.workloads), services: rec(parts.services) };
}

const base = cluster({
  nodes: [node('worker-b'), node('worker-a')],
  workloads: [workload('Deployment', 'web', 3), workload('ReplicaSet', 'web-1', 3, 'web'), workload('ReplicaSet', 'web-0', 0, 'web')],
  pods: [pod('web-1-b', 'worker-a'), pod('web-1-a', 'worker-a'), pod('web-1-c', ''), pod('coredns', 'worker-b', { namespace: 'kube-system', owners: [] })],
  services: [service],
});

describe('toFlowElements', () => {
  it('puts each pod inside its node, unscheduled ones in the Pending area', () => {
    const { nodes } = toFlowElements(base);
    const parentOf = Object.fromEntries(nodes.filter((n) => n.type === 'pod').map((n) => [n.id, n.parentId]));
    expect(parentOf).toEqual({ 'p-web-1-a': 'node:n-worker-a', 'p-web-1-b': 'node:n-worker-a', 'p-web-1-c': PENDING_ID });
  });

  it('orders nodes and pods by name, parents before children', () => {
    const { nodes } = toFlowElements(base);
    const groups = nodes.filter((n) => n.type === 'cluster').map((n) => n.id);
    expect(groups).toEqual(['node:n-worker-a', 'node:n-worker-b', PENDING_ID]);
    const a = nodes.find((n) => n.id === 'p-web-1-a')!;
    const b = nodes.find((n) => n.id === 'p-web-1-b')!;
    expect(a.position.x).toBeLessThan(b.position.x);
    const index = (id: string) => nodes.findIndex((n) => n.id === id);
    expect(index('node:n-worker-a')).toBeLessThan(index('p-web-1-a'));
  });

  it('draws Deployment → ReplicaSet → Pod ownership, hiding ReplicaSets scaled to zero', () => {
    const { nodes, edges } = toFlowElements(base);
    expect(nodes.some((n) => n.id === 'ReplicaSet-web-0')).toBe(false);
    const owned = edges.filter((e) => e.id.startsWith('owner:')).map((e) => `${e.source}>${e.target}`);
    expect(owned.sort()).toEqual(['Deployment-web>ReplicaSet-web-1', 'ReplicaSet-web-1>p-web-1-a', 'ReplicaSet-web-1>p-web-1-b', 'ReplicaSet-web-1>p-web-1-c']);
  });

  it('links a Service to the pods its selector matches', () => {
    const { edges } = toFlowElements(base);
    expect(edges.filter((e) => e.source === 's-web').map((e) => e.target).sort()).toEqual(['p-web-1-a', 'p-web-1-b', 'p-web-1-c']);
  });

  const filterCases: { name: string; filters: GraphFilters; pods: string[] }[] = [
    { name: 'system namespaces hidden by default', filters: DEFAULT_FILTERS, pods: ['p-web-1-a', 'p-web-1-b', 'p-web-1-c'] },
    { name: 'system namespaces on request', filters: { ...DEFAULT_FILTERS, showSystem: true }, pods: ['p-coredns', 'p-web-1-a', 'p-web-1-b', 'p-web-1-c'] },
    { name: 'one namespace', filters: { ...DEFAULT_FILTERS, namespace: 'kube-system', showSystem: true }, pods: ['p-coredns'] },
    { name: 'a label', filters: { ...DEFAULT_FILTERS, label: 'app=db' }, pods: [] },
  ];
  it.each(filterCases)('filters: $name', ({ filters, pods }) => {
    const got = toFlowElements(base, filters).nodes.filter((n) => n.type === 'pod').map((n) => n.id);
    expect(got.sort()).toEqual(pods);
  });

  it('counts pods per group for the group header', () => {
    const { nodes } = toFlowElements(base);
    const counts = Object.fromEntries(nodes.filter((n) => n.type === 'cluster').map((n) => [n.id, (n.data as { podCount: number }).podCount]));
    expect(counts).toEqual({ 'node:n-worker-a': 2, 'node:n-worker-b': 0, [PENDING_ID]: 1 });
  });
});

describe('aggregation', () => {
  const crowd = (n: number, status: (i: number) => string) => Array.from({ length: n }, (_, i) => pod(`p${String(i).padStart(3, '0')}`, 'n1', { status: status(i) }));

  it('draws one box per pod up to the limit', () => {
    const { nodes } = toFlowElements(cluster({ nodes: [node('n1')], pods: crowd(AGGREGATE_OVER, () => 'Running') }));
    expect(nodes.filter((n) => n.type === 'pod')).toHaveLength(AGGREGATE_OVER);
  });

  it('beyond it, the node shows counts per STATUS, most common first, and no edges to hidden pods', () => {
    const { nodes, edges } = toFlowElements(
      cluster({ nodes: [node('n1')], pods: crowd(AGGREGATE_OVER + 5, (i) => (i % 5 === 0 ? 'Pending' : 'Running')), workloads: [workload('ReplicaSet', 'web-1', 45)] }),
    );
    expect(nodes.filter((n) => n.type === 'pod')).toHaveLength(0);
    const group = nodes.find((n) => n.id === 'node:n-n1')!;
    expect((group.data as { summary?: unknown }).summary).toEqual([
      { status: 'Running', count: 36 },
      { status: 'Pending', count: 9 },
    ]);
    expect(edges.filter((e) => e.target.startsWith('p-'))).toEqual([]);
  });
});

describe('controllers drawn from their pods', () => {
  const sts = { kind: 'StatefulSet', name: 'db', uid: 'sts-db' };
  const state = cluster({
    nodes: [node('n1')],
    workloads: [workload('ReplicaSet', 'web-1', 1)],
    pods: [pod('web-1-a', 'n1'), pod('db-0', 'n1', { owners: [sts] }), pod('db-1', 'n1', { owners: [sts] }), pod('ctrl', 'n1', { namespace: 'ingress-nginx', owners: [] })],
  });

  it('puts a StatefulSet in the ReplicaSets row, after them, owning its pods', () => {
    const { nodes, edges } = toFlowElements(state);
    const box = nodes.find((n) => n.id === 'sts-db')!;
    const rs = nodes.find((n) => n.id === 'ReplicaSet-web-1')!;
    expect(box.type).toBe('controller');
    expect(box.position.y).toBe(rs.position.y);
    expect(box.position.x).toBeGreaterThan(rs.position.x);
    expect(edges.filter((e) => e.source === 'sts-db').map((e) => e.target)).toEqual(['p-db-0', 'p-db-1']);
  });

  it.each([
    ['hides addon namespaces with the system ones', DEFAULT_FILTERS, false],
    ['shows them with system pods', { ...DEFAULT_FILTERS, showSystem: true }, true],
  ])('%s', (_name, filters, shown) => {
    expect(toFlowElements(state, filters).nodes.some((n) => n.id === 'p-ctrl')).toBe(shown);
  });
});
