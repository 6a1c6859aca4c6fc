/**
 * The HorizontalPodAutoscaler walkthrough through kubectl: metrics-server, php-apache,
 * `kubectl autoscale`, load, `kubectl get hpa` and `kubectl top` following it.
 */
import { describe, expect, it } from 'vitest';
import type { Service } from 'kubernetes-types/core/v1';
import { addons, createCluster, resources, type RunningCluster } from '../../sim';
import { kubectl, testContext } from '../../testing/testContext';

const PHP_APACHE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: php-apache
spec:
  selector:
    matchLabels:
      run: php-apache
  template:
    metadata:
      labels:
        run: php-apache
    spec:
      containers:
      - name: php-apache
        image: registry.k8s.io/hpa-example
        ports:
        - containerPort: 80
        resources:
          limits:
            cpu: 500m
          requests:
            cpu: 200m
---
apiVersion: v1
kind: Service
metadata:
  name: php-apache
  labels:
    run: php-apache
spec:
  ports:
  - port: 80
  selector:
    run: php-apache
`;

/** The load generator's `wget -q -O- http://php-apache` loop, driven straight into the network. */
function load(cluster: RunningCluster, seconds: number): void {
  const ip = cluster.client.get<Service>(resources.SERVICES, 'php-apache', { namespace: 'default' }).spec?.clusterIP ?? '';
  const from = { kind: 'pod' as const, namespace: 'kube-system', name: 'etcd-minikube' };
  for (let s = 0; s < seconds; s++) {
    // ~32 a second: the page's `while sleep 0.01; do wget …` waits 10 ms + 20 ms of php per request.
    for (let i = 0; i < 32; i++) cluster.network.http(from, ip, { method: 'GET', host: ip, port: 80, path: '/', headers: {}, userAgent: 'Wget' });
    cluster.advance(1);
  }
}

describe('HPA walkthrough through kubectl', () => {
  it('shows <unknown> targets, then utilisation and replicas following the load', async () => {
    const cluster = createCluster({ seed: 11 });
    const ctx = testContext(cluster.client, { files: { 'php-apache.yaml': PHP_APACHE } });
    ctx.now = () => cluster.clock.now();
    const run = async (line: string) => {
      const r = await kubectl(ctx, line);
      return r.code === 0 ? r.stdout : r.stderr;
    };
    addons.enableAddon(cluster.client, addons.MINIKUBE_ADDON_OBJECTS['metrics-server'](cluster.profile, {}));
    expect(await run('apply -f php-apache.yaml')).toBe('deployment.apps/php-apache created\nservice/php-apache created\n');
    expect(await run('autoscale deployment php-apache --cpu-percent=50 --min=1 --max=10')).toBe('horizontalpodautoscaler.autoscaling/php-apache autoscaled\n');
    cluster.settle();
    expect(await run('get hpa')).toMatch(/^NAME {9}REFERENCE {15}TARGETS {14}MINPODS {3}MAXPODS {3}REPLICAS {3}AGE\nphp-apache {3}Deployment\/php-apache {3}cpu: <unknown>\/50% {3}1 {9}10 {8}1 {10}\d+s\n$/);
    cluster.advance(90);
    expect(await run('get hpa --no-headers')).toMatch(/^php-apache\s+Deployment\/php-apache\s+cpu: 0%\/50%\s+1\s+10\s+1\s/);
    load(cluster, 60);
    const busy = await run('get hpa --no-headers');
    // 250% on one throttled pod at first, then spread over the new replicas: still above target.
    expect(busy).toMatch(/cpu: ([5-9][0-9]|[12][0-9]{2})%\/50%/);
    expect(Number(busy.split(/\s+/)[6])).toBeGreaterThan(1);
    cluster.advance(420);
    expect(await run('get deployment php-apache --no-headers')).toMatch(/^php-apache\s+1\/1\s+1\s+1\s/);
  });
});
