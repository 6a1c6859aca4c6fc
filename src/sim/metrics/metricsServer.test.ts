import type { Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { isApiError } from '../api/errors';
import { PODS } from '../api/resources';
import { MINIKUBE_ADDON_OBJECTS, enableAddon } from '../cluster/addons';
import { createCluster, type RunningCluster } from '../cluster/createCluster';
import { POD_METRICS } from './metricsApi';
import type { PodMetrics } from './types';

function withServer(limit?: string): { c: RunningCluster; pod: () => Pod } {
  const c = createCluster({ seed: 5 });
  enableAddon(c.client, MINIKUBE_ADDON_OBJECTS['metrics-server'](c.profile, {}));
  const resources = { requests: { cpu: '200m' }, ...(limit ? { limits: { cpu: limit } } : {}) };
  c.client.create(PODS, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'php', labels: { app: 'php' } }, spec: { containers: [{ name: 'php', image: 'registry.k8s.io/hpa-example', resources }] } }, { namespace: 'default' });
  c.settle();
  return { c, pod: () => c.client.get<Pod>(PODS, 'php', { namespace: 'default' }) };
}

/** `perSecond` requests for `seconds` (each costs hpa-example 20 ms of CPU). */
function serve(c: RunningCluster, pod: Pod, seconds: number, perSecond: number): void {
  const ip = pod.status?.podIP ?? '';
  for (let s = 0; s < seconds; s++) {
    for (let i = 0; i < perSecond; i++) c.network.http({ kind: 'pod', namespace: 'kube-system', name: 'etcd-minikube' }, ip, { method: 'GET', host: ip, port: 80, path: '/', headers: {}, userAgent: 'Wget' });
    c.advance(1);
  }
}

const cpuOf = (c: RunningCluster) => c.client.get<PodMetrics>(POD_METRICS, 'php', { namespace: 'default' }).containers[0].usage.cpu;

describe('metrics-server', () => {
  it('serves nothing while warming up, then real-shaped PodMetrics', () => {
    const { c } = withServer();
    c.advance(20);
    expect(c.client.list(POD_METRICS, { namespace: 'default' }).items).toEqual([]);
    c.advance(60);
    const m = c.client.get<PodMetrics>(POD_METRICS, 'php', { namespace: 'default' });
    expect(m).toMatchObject({ apiVersion: 'metrics.k8s.io/v1beta1', kind: 'PodMetrics', metadata: { name: 'php', namespace: 'default', labels: { app: 'php' } }, window: '10s' });
    expect(m.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(m.containers[0].usage.memory).toMatch(/^\d+Ki$/);
    expect(c.client.list(POD_METRICS, { namespace: 'default', labelSelector: 'app=other' }).items).toEqual([]);
  });

  it.each([
    ['CPU follows served requests', undefined, 25, 500_000_000],
    ['CPU is throttled at the limit', '300m', 50, 300_000_000],
  ])('%s', (_name, limit, perSecond, nanocores) => {
    const { c, pod } = withServer(limit);
    c.advance(80);
    const idle = parseInt(cpuOf(c), 10);
    serve(c, pod(), 30, perSecond);
    expect(parseInt(cpuOf(c), 10)).toBe(Math.min(nanocores + idle, limit ? nanocores : Infinity));
  });

  it.each([
    // A shell looping over wget: its own memory, and ~1 ms of CPU for each request it makes.
    ['a wget loop', ['sh', '-c', 'while true; do wget -q -O- http://$PHP_IP >/dev/null; sleep 1; done'], [500_000, 1_500_000], [1024, 2047]],
    ['a sleep', ['sleep', '3600'], [0, 0], [0, 1023]],
  ])('client pods: %s', (_name, command, [cpuMin, cpuMax], [memMin, memMax]) => {
    const { c, pod } = withServer();
    const env = [{ name: 'PHP_IP', value: pod().status?.podIP ?? '' }];
    c.client.create(PODS, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'client' }, spec: { containers: [{ name: 'client', image: 'busybox', command, env }] } }, { namespace: 'default' });
    c.advance(90);
    const usage = c.client.get<PodMetrics>(POD_METRICS, 'client', { namespace: 'default' }).containers[0].usage;
    expect(parseInt(usage.cpu, 10)).toBeGreaterThanOrEqual(cpuMin);
    expect(parseInt(usage.cpu, 10)).toBeLessThanOrEqual(cpuMax);
    expect(parseInt(usage.memory, 10)).toBeGreaterThanOrEqual(memMin);
    expect(parseInt(usage.memory, 10)).toBeLessThanOrEqual(memMax);
  });

  it('answers NotFound for a pod it has no metrics for, by namespace/name', () => {
    const { c } = withServer();
    c.advance(80);
    try {
      c.client.get(POD_METRICS, 'nope', { namespace: 'default' });
      expect.unreachable();
    } catch (e) {
      expect(isApiError(e, 'NotFound') && e.message).toBe('podmetrics.metrics.k8s.io "default/nope" not found');
    }
  });
});
