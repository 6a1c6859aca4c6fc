import type { HorizontalPodAutoscaler } from 'kubernetes-types/autoscaling/v2';
import type { Pod, Service } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { isApiError } from '../../api/errors';
import { DEPLOYMENTS, EVENTS, HORIZONTALPODAUTOSCALERS, PODS, SERVICES } from '../../api/resources';
import { MINIKUBE_ADDON_OBJECTS, enableAddon } from '../../cluster/addons';
import { createCluster, type RunningCluster } from '../../cluster/createCluster';
import { POD_METRICS, type PodMetrics } from '../../metrics';

const labels = { run: 'php-apache' };

function phpApache(c: RunningCluster): void {
  c.client.create(DEPLOYMENTS, {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'php-apache' },
    spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'php-apache', image: 'registry.k8s.io/hpa-example', ports: [{ containerPort: 80 }], resources: { limits: { cpu: '500m' }, requests: { cpu: '200m' } } }] } } },
  }, { namespace: 'default' });
  c.client.create(SERVICES, { apiVersion: 'v1', kind: 'Service', metadata: { name: 'php-apache', labels }, spec: { ports: [{ port: 80 }], selector: labels } }, { namespace: 'default' });
  c.client.create(HORIZONTALPODAUTOSCALERS, {
    apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'php-apache' },
    spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'php-apache' }, minReplicas: 1, maxReplicas: 10, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }] },
  }, { namespace: 'default' });
}

/**
 * The walkthrough's load generator, open loop: `while sleep 0.01; do wget …` waits ~21 ms per
 * iteration (10 ms sleep, 1 ms wget, 20 ms of php work), about 32 requests a second.
 */
function load(c: RunningCluster, seconds: number, perSecond: number): void {
  const ip = c.client.get<Service>(SERVICES, 'php-apache', { namespace: 'default' }).spec?.clusterIP ?? '';
  const from = c.client.list<Pod>(PODS, { namespace: 'kube-system', labelSelector: 'k8s-app=kube-dns' }).items[0];
  for (let s = 0; s < seconds; s++) {
    for (let i = 0; i < perSecond; i++) c.network.http({ kind: 'pod', namespace: 'kube-system', name: from.metadata.name }, ip, { method: 'GET', host: ip, port: 80, path: '/', headers: {}, userAgent: 'Wget' });
    c.advance(1);
  }
}

const hpa = (c: RunningCluster) => c.client.get<HorizontalPodAutoscaler>(HORIZONTALPODAUTOSCALERS, 'php-apache', { namespace: 'default' });

describe('HorizontalPodAutoscaler walkthrough', () => {
  it('serves no metrics without the addon, then scales php-apache up under load and back down after the window', () => {
    const c = createCluster({ seed: 7 });
    const notServed = (() => { try { c.client.list(POD_METRICS, { namespace: 'default' }); return false; } catch (e) { return isApiError(e, 'NotFound'); } })();
    expect(notServed).toBe(true);
    enableAddon(c.client, MINIKUBE_ADDON_OBJECTS['metrics-server'](c.profile, {}));
    phpApache(c);
    c.settle();
    c.advance(30);
    expect(c.client.list<PodMetrics>(POD_METRICS, { namespace: 'default' }).items).toEqual([]);
    expect(hpa(c).status?.conditions?.find((x) => x.type === 'ScalingActive')?.reason).toBe('FailedGetResourceMetric');
    c.advance(60);
    const idle = c.client.list<PodMetrics>(POD_METRICS, { namespace: 'default' }).items;
    expect(idle).toHaveLength(1);
    expect(idle[0].window).toBe('10s');
    expect(idle[0].containers[0].usage.cpu).toMatch(/^\d+n$/);
    expect(hpa(c).status?.currentMetrics?.[0].resource?.current.averageUtilization).toBeLessThan(50);
    expect(hpa(c).status?.desiredReplicas).toBe(1);

    load(c, 120, 32);
    const up = hpa(c);
    // 640m of work: one pod is throttled at its 500m limit (250%), seven share it at ~46%.
    expect(up.status?.currentReplicas).toBe(7);
    expect(up.status?.lastScaleTime).toBeDefined();
    const events = c.client.list<{ reason?: string; message?: string }>(EVENTS, { namespace: 'default' }).items.filter((e) => e.reason === 'SuccessfulRescale');
    expect(events[0].message).toMatch(/^New size: \d+; reason: cpu resource utilization \(percentage of request\) above target$/);

    c.advance(200);
    expect(hpa(c).status?.currentReplicas).toBe(up.status?.currentReplicas);
    c.advance(200);
    expect(hpa(c).status?.currentReplicas).toBe(1);
    expect(hpa(c).status?.desiredReplicas).toBe(1);
  });
});
