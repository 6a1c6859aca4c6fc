import type { Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { PODS } from '../api/resources';
import { createCluster } from './createCluster';

/** A pod whose readiness probe starts late: settling must wait for its first verdict, not stop at Running. */
const probed = (name: string, initialDelaySeconds: number, port: number) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default' },
  spec: { containers: [{ name: 'web', image: 'nginx:1.27', readinessProbe: { httpGet: { path: '/', port }, initialDelaySeconds, periodSeconds: 5 } }] },
});

describe('settle and readiness probes', () => {
  it.each([
    ['waits through initialDelaySeconds until the pod is Ready', 40, 80, true],
    ['stops once a failing probe has given its first verdict', 10, 81, false],
  ])('%s', (_name, delay, port, ready) => {
    const cluster = createCluster({ seed: 1 });
    cluster.client.create(PODS, probed('web', delay, port), { namespace: 'default' });
    const passed = cluster.settle(120);
    const pod = cluster.client.get<Pod>(PODS, 'web', { namespace: 'default' });
    expect(pod.status?.containerStatuses?.[0].ready).toBe(ready);
    expect(passed).toBeGreaterThanOrEqual(delay);
    expect(passed).toBeLessThan(120);
  });
});
