/**
 * Network tools in container scripts on a booted cluster: the HPA walkthrough's load generator
 * and a `kubectl exec` loop reach php-apache through its Service, and php-apache's request
 * counter (what the HPA reads) grows with them.
 */
import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { DEPLOYMENTS, PODS, SERVICES } from '../api/resources';
import { createCluster, type RunningCluster } from '../cluster/createCluster';

function phpApache(c: RunningCluster): void {
  const labels = { run: 'php-apache' };
  const container = { name: 'php-apache', image: 'registry.k8s.io/hpa-example', ports: [{ containerPort: 80 }], resources: { limits: { cpu: '500m' }, requests: { cpu: '200m' } } };
  c.client.create(DEPLOYMENTS, { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'php-apache' }, spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [container] } } } }, { namespace: 'default' });
  c.client.create(SERVICES, { apiVersion: 'v1', kind: 'Service', metadata: { name: 'php-apache', labels }, spec: { ports: [{ port: 80 }], selector: labels } }, { namespace: 'default' });
}

function runPod(c: RunningCluster, name: string, image: string, command: string[]): void {
  c.client.create(PODS, { apiVersion: 'v1', kind: 'Pod', metadata: { name, labels: { run: name } }, spec: { restartPolicy: 'Never', containers: [{ name, image, command }] } }, { namespace: 'default' });
}

const phpRequests = (c: RunningCluster) => {
  const pod = c.client.list<Pod>(PODS, { namespace: 'default', labelSelector: 'run=php-apache' }).items[0];
  return c.network.requestStats(pod.metadata!.uid!).requests;
};

describe('network tools inside container programs', () => {
  it('the load generator keeps php-apache busy (~32 requests per virtual second: 10 ms sleep + 20 ms of php each)', () => {
    const c = createCluster({ seed: 4 });
    phpApache(c);
    c.settle();
    runPod(c, 'load-generator', 'busybox:1.28', ['/bin/sh', '-c', 'while sleep 0.01; do wget -q -O- http://php-apache; done']);
    c.advance(10);
    const before = phpRequests(c);
    c.advance(60);
    const rate = (phpRequests(c) - before) / 60;
    expect(rate).toBeGreaterThan(25);
    expect(rate).toBeLessThanOrEqual(40);
    expect(c.client.logs('default', 'load-generator', { tailLines: 2 })).toBe('OK!\nOK!\n');
  });

  it('kubectl exec runs a loop of wgets', () => {
    const c = createCluster({ seed: 5 });
    phpApache(c);
    runPod(c, 'client', 'busybox', ['sleep', '3600']);
    c.settle();
    const r = c.client.exec('default', 'client', { command: ['sh', '-c', 'for i in 1 2 3; do wget -qO- php-apache; done'] });
    expect(r).toMatchObject({ exitCode: 0, stdout: 'OK!OK!OK!' });
    expect(phpRequests(c)).toBe(3);
  });
});
