import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { isApiError } from '../../api/errors';
import { NODES, PODS } from '../../api/resources';
import { Cluster } from '../../cluster/cluster';
import { PodGCController } from './podGCController';

function setup() {
  const cluster = new Cluster();
  cluster.client.create(NODES, { metadata: { name: 'n1' } });
  const pod = (name: string, nodeName: string) => cluster.client.create(PODS, { metadata: { name }, spec: { nodeName, containers: [{ name: 'c', image: 'nginx' }] } });
  pod('on-real-node', 'n1');
  pod('orphan', 'foo-node');
  const gc = new PodGCController({ client: cluster.client, informers: cluster.informers, clock: cluster.clock });
  cluster.informers.start();
  cluster.addRunnable(gc);
  return cluster;
}

const exists = (cluster: Cluster, name: string) => {
  try {
    cluster.client.get(PODS, name);
    return true;
  } catch (e) {
    if (isApiError(e, 'NotFound')) return false;
    throw e;
  }
};

describe('pod garbage collector', () => {
  const cases: { name: string; after: number; orphan: boolean }[] = [
    { name: 'keeps the orphan through the 40 s quarantine', after: 39, orphan: true },
    { name: 'deletes the pod of a missing node once quarantine ends', after: 41, orphan: false },
  ];
  it.each(cases)('$name', ({ after, orphan }) => {
    const cluster = setup();
    cluster.advance(after);
    expect(exists(cluster, 'orphan')).toBe(orphan);
    expect(exists(cluster, 'on-real-node')).toBe(true);
  });

  it('marks the orphan Failed with DeletionByPodGC before deleting it', () => {
    const cluster = setup();
    const seen: Pod[] = [];
    cluster.client.watch<Pod>(PODS, { namespace: 'default' }, (ev) => seen.push(ev.object));
    cluster.advance(41);
    const failed = seen.find((p) => p.metadata?.name === 'orphan' && p.status?.phase === 'Failed');
    expect(failed?.status?.conditions?.find((c) => c.type === 'DisruptionTarget')).toMatchObject({ status: 'True', reason: 'DeletionByPodGC', message: 'PodGC: node no longer exists' });
  });

  it('spares the pods of a node that comes back during quarantine', () => {
    const cluster = setup();
    cluster.advance(10);
    cluster.client.create(NODES, { metadata: { name: 'foo-node' } });
    cluster.advance(60);
    expect(exists(cluster, 'orphan')).toBe(true);
  });
});
