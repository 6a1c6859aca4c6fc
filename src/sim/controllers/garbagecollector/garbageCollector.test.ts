import { describe, expect, it } from 'vitest';
import { isApiError } from '../../api/errors';
import { BUILTIN_RESOURCES, CONFIGMAPS, PODS, REPLICASETS } from '../../api/resources';
import type { KubeObject } from '../../api/types';
import { Cluster } from '../../cluster/cluster';
import { GarbageCollector } from './garbageCollector';

function setup() {
  const cluster = new Cluster();
  const gc = new GarbageCollector({ client: cluster.client, informers: cluster.informers, clock: cluster.clock, resources: BUILTIN_RESOURCES.filter((r) => r.resource !== 'events') });
  cluster.informers.start();
  cluster.addRunnable(gc);
  const rs = cluster.client.create(REPLICASETS, {
    metadata: { name: 'web' },
    spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
  });
  const ownerRef = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid: rs.metadata.uid, controller: true, blockOwnerDeletion: true };
  for (const name of ['web-a', 'web-b']) {
    cluster.client.create(PODS, { metadata: { name, labels: { app: 'web' }, ownerReferences: [ownerRef] }, spec: { containers: [{ name: 'c', image: 'nginx' }] } });
  }
  cluster.drain();
  return { cluster, ownerRef };
}

const exists = (c: Cluster, r: typeof PODS, name: string) => {
  try {
    c.client.get(r, name);
    return true;
  } catch (e) {
    if (isApiError(e, 'NotFound')) return false;
    throw e;
  }
};

describe('GarbageCollector', () => {
  it('deletes dependents after their owner is deleted in the background', () => {
    const { cluster } = setup();
    cluster.client.delete(REPLICASETS, 'web', { propagationPolicy: 'Background' });
    cluster.drain();
    expect(exists(cluster, PODS, 'web-a')).toBe(false);
    expect(exists(cluster, PODS, 'web-b')).toBe(false);
  });

  it('empties an owner deleted in the foreground before removing it', () => {
    const { cluster } = setup();
    const marked = cluster.client.delete(REPLICASETS, 'web', { propagationPolicy: 'Foreground' });
    expect(marked.metadata.finalizers).toEqual(['foregroundDeletion']);
    cluster.drain();
    expect(exists(cluster, PODS, 'web-a')).toBe(false);
    expect(exists(cluster, REPLICASETS, 'web')).toBe(false);
  });

  it('orphans dependents when asked to, keeping them without the owner reference', () => {
    const { cluster } = setup();
    cluster.client.delete(REPLICASETS, 'web', { propagationPolicy: 'Orphan' });
    cluster.drain();
    expect(exists(cluster, REPLICASETS, 'web')).toBe(false);
    expect(cluster.client.get(PODS, 'web-a').metadata.ownerReferences).toBeUndefined();
  });

  it('collects an object created with an owner that does not exist, but keeps one with another live owner', () => {
    const { cluster, ownerRef } = setup();
    const ghost = { ...ownerRef, name: 'ghost', uid: '00000000-0000-4000-8000-000000000000' };
    cluster.client.create(CONFIGMAPS, { metadata: { name: 'orphan', ownerReferences: [ghost] } } as KubeObject);
    cluster.client.create(CONFIGMAPS, { metadata: { name: 'shared', ownerReferences: [ghost, ownerRef] } } as KubeObject);
    cluster.drain();
    expect(exists(cluster, CONFIGMAPS, 'orphan')).toBe(false);
    expect(cluster.client.get(CONFIGMAPS, 'shared').metadata.ownerReferences?.map((r) => r.name)).toEqual(['web']);
  });
});
