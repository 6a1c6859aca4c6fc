/**
 * Probes on a booted cluster, as the "Configure Liveness, Readiness and Startup Probes" task
 * shows them: events, restarts and readiness read back through the client.
 */
import { describe, expect, it } from 'vitest';
import type { Event, Pod } from 'kubernetes-types/core/v1';
import { EVENTS, PODS } from '../api/resources';
import { createCluster, type RunningCluster } from '../cluster/createCluster';

function createPod(c: RunningCluster, pod: Pod): void {
  c.client.create(PODS, { apiVersion: 'v1', kind: 'Pod', ...pod }, { namespace: 'default' });
}

const getPod = (c: RunningCluster, name: string) => c.client.get<Pod>(PODS, name, { namespace: 'default' });
const eventsOf = (c: RunningCluster, name: string) =>
  c.client.list<Event>(EVENTS, { namespace: 'default' }).items.filter((e) => e.involvedObject?.name === name);

describe('probes through a booted cluster', () => {
  it.each([
    { name: 'docs image', image: 'registry.k8s.io/busybox:1.27.2' },
    { name: 'untagged registry.k8s.io', image: 'registry.k8s.io/busybox' },
    { name: 'Docker Hub busybox', image: 'busybox' },
    { name: 'busybox:1.28', image: 'busybox:1.28' },
  ])('exec liveness restarts the container once /tmp/healthy is gone ($name)', ({ image }) => {
    const c = createCluster({ seed: 1 });
    createPod(c, {
      metadata: { name: 'liveness-exec', labels: { test: 'liveness' } },
      spec: {
        containers: [{
          name: 'liveness',
          image,
          args: ['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600'],
          livenessProbe: { exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, periodSeconds: 5 },
        }],
      },
    });
    c.advance(30);
    expect(getPod(c, 'liveness-exec').status?.containerStatuses?.[0].restartCount).toBe(0);
    c.advance(45);
    const pod = getPod(c, 'liveness-exec');
    expect(pod.status?.containerStatuses?.[0].restartCount).toBe(1);
    const messages = eventsOf(c, 'liveness-exec').map((e) => `${e.reason}: ${e.message}`);
    expect(messages).toContain("Unhealthy: Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory");
    expect(messages).toContain('Killing: Container liveness failed liveness probe, will be restarted');
  });

  it('httpGet readiness on a path nginx does not have keeps the pod unready with 404', () => {
    const c = createCluster({ seed: 2 });
    createPod(c, {
      metadata: { name: 'web' },
      spec: {
        containers: [{
          name: 'nginx',
          image: 'nginx',
          readinessProbe: { httpGet: { path: '/healthz', port: 80 }, periodSeconds: 5 },
        }],
      },
    });
    c.advance(40);
    const pod = getPod(c, 'web');
    expect(pod.status?.containerStatuses?.[0].state?.running).toBeDefined();
    expect(pod.status?.containerStatuses?.[0].ready).toBe(false);
    const messages = eventsOf(c, 'web').map((e) => `${e.reason}: ${e.message}`);
    expect(messages).toContain('Unhealthy: Readiness probe failed: HTTP probe failed with statuscode: 404');
  });
});
