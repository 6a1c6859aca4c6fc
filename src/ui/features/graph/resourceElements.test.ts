import { describe, expect, it } from 'vitest';
import type { AutoscalerView, ClaimView, IngressView, NodeView, PodView, ServiceView, VolumeView, WorkloadView } from '../../../bridge/main/types';
import { EMPTY_CLUSTER, type ClusterState } from '../../state/clusterState';
import { resourceDetail, type ResourceView } from './resourceElements';
import { toFlowElements } from './toFlowElements';

const meta = (uid: string, name: string, namespace = 'default') => ({ uid, name, namespace, labels: {}, owners: [] });
const node: NodeView = { kind: 'Node', ...meta('n1', 'minikube', ''), status: 'Ready', ready: true, unschedulable: false, roles: [] };
const deploy: WorkloadView = { kind: 'Deployment', ...meta('d-web', 'web'), desired: 1, readyReplicas: 1, images: ['nginx'] };
const svc: ServiceView = { kind: 'Service', ...meta('s-web', 'web'), type: 'ClusterIP', clusterIP: '10.96.0.20', selector: { app: 'web' } };
const pod: PodView = { kind: 'Pod', ...meta('p-db', 'db'), nodeName: 'minikube', status: 'Running', ready: '1/1', restarts: 0, phase: 'Running', deleting: false, claims: ['data'] };
const claim: ClaimView = { kind: 'PersistentVolumeClaim', ...meta('c-data', 'data'), phase: 'Bound', volumeName: 'pvc-1', capacity: '1Gi' };
const volume: VolumeView = { kind: 'PersistentVolume', ...meta('v-1', 'pvc-1', ''), phase: 'Bound', capacity: '1Gi', claimUid: 'c-data' };
const spare: VolumeView = { kind: 'PersistentVolume', ...meta('v-2', 'spare', ''), phase: 'Available', capacity: '5Gi', claimUid: '' };
const ing: IngressView = { kind: 'Ingress', ...meta('i-web', 'web'), services: ['missing', 'web'], hosts: ['demo.local'], paths: [{ host: 'demo.local', path: '/', service: 'web', port: '80' }, { host: '', path: '', service: 'missing', port: 'http' }] };
const hpa: AutoscalerView = { kind: 'HorizontalPodAutoscaler', ...meta('h-web', 'web'), target: { kind: 'Deployment', name: 'web' }, currentReplicas: 1, desiredReplicas: 1, minReplicas: 1, maxReplicas: 4, metrics: ['cpu: 0%/50%'] };

const rec = <T extends { uid: string }>(...xs: T[]) => Object.fromEntries(xs.map((x) => [x.uid, x]));
const state: ClusterState = {
  ...EMPTY_CLUSTER,
  nodes: rec(node),
  workloads: rec(deploy),
  services: rec(svc),
  pods: rec(pod),
  claims: rec(claim),
  volumes: rec(volume, spare),
  ingresses: rec(ing),
  autoscalers: rec(hpa),
};

describe('graph: storage, routing and scaling', () => {
  it.each([
    ['Pod → claim', 'claim:p-db:c-data'],
    ['claim → volume', 'bound:c-data:v-1'],
    ['Ingress → Service', 'route:i-web:s-web'],
    ['HPA → its scale target', 'scale:h-web:d-web'],
  ])('draws %s', (_name, id) => {
    expect(toFlowElements(state).edges.map((e) => e.id)).toContain(id);
  });

  it('names both ends of each edge for readers of the page', () => {
    const claimEdge = toFlowElements(state).edges.find((e) => e.id === 'claim:p-db:c-data')!;
    expect(claimEdge.domAttributes).toMatchObject({ 'data-edge': 'claim', 'data-source': 'Pod/db', 'data-target': 'PersistentVolumeClaim/data' });
  });

  it('puts the storage column between the nodes and the Pending area', () => {
    const at = (id: string) => toFlowElements(state).nodes.find((n) => n.id === id)!.position.x;
    expect(at('c-data')).toBeGreaterThan(at('node:n1'));
    expect(at('pending')).toBeGreaterThan(at('v-1'));
  });

  it('draws no edge to a Service that does not exist, and no pod edge without claims', () => {
    const ids = toFlowElements(state).edges.map((e) => e.id);
    expect(ids.filter((i) => i.startsWith('route:'))).toEqual(['route:i-web:s-web']);
    expect(ids.filter((i) => i.startsWith('claim:'))).toHaveLength(1);
  });

  it('places the autoscaler above its Deployment, the volume beside its claim, unclaimed volumes below', () => {
    const at = (id: string) => toFlowElements(state).nodes.find((n) => n.id === id)!.position;
    expect(at('h-web').x).toBe(at('d-web').x);
    expect(at('h-web').y).toBeLessThan(at('d-web').y);
    expect(at('v-1').y).toBe(at('c-data').y);
    expect(at('v-1').x).toBeGreaterThan(at('c-data').x);
    expect(at('v-2').y).toBeGreaterThan(at('v-1').y);
  });

  it('a namespace filter hides other namespaces and the volumes nobody in view claims', () => {
    const ids = toFlowElements(state, { namespace: 'shop', showSystem: false, label: '' }).nodes.map((n) => n.id);
    expect(ids.filter((i) => ['c-data', 'v-1', 'v-2', 'i-web', 'h-web'].includes(i))).toEqual([]);
  });
});

describe('resourceDetail', () => {
  const route = (host: string, path: string) => ({ host, path, service: 'web', port: '80' });
  it.each<[string, ResourceView, string[]]>([
    ['a bound claim', claim, ['Bound 1Gi']],
    ['an Ingress: each route, any host as *', ing, ['demo.local/ → web:80', '* → missing:http']],
    ['an Ingress beyond three routes counts the rest', { ...ing, paths: ['/a', '/b', '/c', '/d', '/e'].map((p) => route('x.io', p)) }, ['x.io/a → web:80', 'x.io/b → web:80', 'x.io/c → web:80', '+ 2 more...']],
    ['an Ingress without Service backends shows its hosts', { ...ing, paths: [] }, ['demo.local']],
    ['an autoscaler: metrics, replicas, bounds', hpa, ['cpu: 0%/50% · 1 replica · min 1 max 4']],
    ['an autoscaler scaling out, two metrics', { ...hpa, desiredReplicas: 3, metrics: ['cpu: 250%/50%', 'memory: <unknown>/80%'] }, ['cpu: 250%/50% · memory: <unknown>/80% · 1 replica → 3 · min 1 max 4']],
    ['an autoscaler without metrics', { ...hpa, currentReplicas: 2, desiredReplicas: 2, metrics: [] }, ['2 replicas · min 1 max 4']],
  ])('%s', (_name, view, lines) => expect(resourceDetail(view)).toEqual(lines));
});
