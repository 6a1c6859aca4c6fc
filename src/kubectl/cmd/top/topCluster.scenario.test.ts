/** `kubectl top` against a whole cluster: the addon off, warming up, then serving. */
import { describe, expect, it } from 'vitest';
import { addons, createCluster } from '../../sim';
import { kubectl, testContext } from '../../testing/testContext';

describe('kubectl top on a cluster', () => {
  it('follows the metrics-server addon', async () => {
    const cluster = createCluster({ seed: 3 });
    const ctx = testContext(cluster.client);
    ctx.now = () => cluster.clock.now();
    const top = async (line: string) => {
      const r = await kubectl(ctx, line);
      return r.code === 0 ? r.stdout : r.stderr;
    };
    expect(await top('top pods -A')).toBe('error: Metrics API not available\n');
    addons.enableAddon(cluster.client, addons.MINIKUBE_ADDON_OBJECTS['metrics-server'](cluster.profile, {}));
    cluster.settle();
    cluster.advance(30);
    expect(await top('top nodes')).toBe('error: metrics not available yet\n');
    cluster.advance(60);
    const nodes = (await top('top nodes')).split('\n');
    expect(nodes[0]).toBe('NAME       CPU(cores)   CPU(%)   MEMORY(bytes)   MEMORY(%)   ');
    expect(nodes[1]).toMatch(/^minikube\s+\d+m\s+\d+%\s+\d+Mi\s+\d+%\s+$/);
    const pods = (await top('top pods -n kube-system --sort-by=memory')).split('\n');
    expect(pods[0]).toBe('NAME                               CPU(cores)   MEMORY(bytes)   ');
    expect(pods.filter(Boolean).length).toBeGreaterThan(5);
  });
});
