import { beforeAll, describe, expect, it } from 'vitest';
import { createCluster, type RunningCluster } from '../sim';
import type { CheckContext } from './checkContext';
import type { Check } from './checkTypes';
import { evaluateCheck } from './evaluateCheck';

let cluster: RunningCluster;
let startMs: number;

const deployments = { group: 'apps', resource: 'deployments' };
const services = { group: '', resource: 'services' };

beforeAll(() => {
  cluster = createCluster({ seed: 7 });
  startMs = cluster.now();
  const labels = { app: 'web' };
  cluster.client.create(deployments, { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', labels }, spec: { replicas: 2, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } } }, { namespace: 'default' });
  cluster.client.create(services, { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { selector: labels, ports: [{ port: 80 }] } }, { namespace: 'default' });
  cluster.client.create(services, { apiVersion: 'v1', kind: 'Service', metadata: { name: 'nobody' }, spec: { selector: { app: 'none' }, ports: [{ port: 80 }] } }, { namespace: 'default' });
  cluster.settle();
});

const ctx = (over: Partial<CheckContext> = {}): CheckContext => ({
  client: cluster.client,
  history: ['kubectl get nodes', 'kubectl scale deploy web --replicas=2'],
  stepHistoryStart: 1,
  lessonStartMs: startMs,
  stepStartMs: cluster.now() + 10_000,
  readFile: (p) => (p === 'web.yaml' ? 'kind: Deployment\nreplicas: 2\n' : undefined),
  ...over,
});

const cases: { name: string; check: Check; passed: boolean; detail?: RegExp }[] = [
  { name: 'exists by name', check: { exists: { resource: 'deploy', name: 'web' } }, passed: true },
  { name: 'exists: other namespace', check: { exists: { resource: 'deploy', name: 'web', namespace: 'kube-system' } }, passed: false, detail: /deployments\/web in kube-system: not found/ },
  { name: 'exists: cluster-scoped', check: { exists: { resource: 'nodes', name: 'minikube' } }, passed: true },
  { name: 'absent', check: { absent: { resource: 'pods', name: 'nope' } }, passed: true },
  { name: 'absent fails when present', check: { absent: { resource: 'deployments', name: 'web' } }, passed: false, detail: /1 still there/ },
  { name: 'value equals', check: { value: { resource: 'deployments', name: 'web', path: '.spec.replicas', equals: 2 } }, passed: true },
  { name: 'value equals mismatch', check: { value: { resource: 'deployments', name: 'web', path: '.spec.replicas', equals: 3 } }, passed: false, detail: /is "2", want "3"/ },
  { name: 'value contains', check: { value: { resource: 'deployments', name: 'web', path: '.spec.template.spec.containers[0].image', contains: '1.27' } }, passed: true },
  { name: 'value matches over a selector', check: { value: { resource: 'pods', selector: 'app=web', path: '.status.phase', matches: '^Running Running$' } }, passed: true },
  { name: 'value compare', check: { value: { resource: 'deployments', name: 'web', path: '.status.readyReplicas', compare: '>= 2' } }, passed: true },
  { name: 'value of a missing object', check: { value: { resource: 'deployments', name: 'api', path: '.spec.replicas', equals: 1 } }, passed: false, detail: /no deployments\/api/ },
  { name: 'count', check: { count: { resource: 'pods', selector: 'app=web', is: 2 } }, passed: true },
  { name: 'count all namespaces', check: { count: { resource: 'pods', namespace: '*', is: '> 5' } }, passed: true },
  { name: 'pods running and ready', check: { pods: { selector: 'app=web', running: 2, ready: '>= 2' } }, passed: true },
  { name: 'pods ready short', check: { pods: { selector: 'app=web', ready: 3 } }, passed: false, detail: /2 Ready pods with app=web in default, want 3/ },
  { name: 'event since lesson', check: { event: { reason: 'ScalingReplicaSet', kind: 'Deployment', name: 'web' } }, passed: true },
  { name: 'event since step (step started later)', check: { event: { reason: 'ScalingReplicaSet', since: 'step' } }, passed: false },
  { name: 'command in lesson', check: { command: { matches: '^kubectl get nodes$' } }, passed: true },
  { name: 'command not in step', check: { command: { matches: 'get nodes', since: 'step' } }, passed: false },
  { name: 'file contains', check: { file: { path: 'web.yaml', contains: 'replicas: 2' } }, passed: true },
  { name: 'file matches multiline', check: { file: { path: 'web.yaml', matches: '^replicas: 3$' } }, passed: false },
  { name: 'file missing', check: { file: { path: 'other.yaml' } }, passed: false, detail: /does not exist/ },
  { name: 'endpoints ready', check: { endpoints: { service: 'web', ready: 2 } }, passed: true },
  { name: 'endpoints: selector matches nothing', check: { endpoints: { service: 'nobody' } }, passed: false, detail: /0 ready endpoints/ },
  { name: 'all', check: { all: [{ exists: { resource: 'svc', name: 'web' } }, { absent: { resource: 'svc', name: 'x' } }] }, passed: true },
  { name: 'any', check: { any: [{ exists: { resource: 'svc', name: 'x' } }, { exists: { resource: 'svc', name: 'web' } }] }, passed: true },
  { name: 'not', check: { not: { exists: { resource: 'svc', name: 'web' } } }, passed: false },
];

describe('evaluateCheck', () => {
  it.each(cases)('$name', ({ check, passed, detail }) => {
    const r = evaluateCheck(check, ctx());
    expect(r.passed, r.detail).toBe(passed);
    if (detail) expect(r.detail).toMatch(detail);
  });
});
