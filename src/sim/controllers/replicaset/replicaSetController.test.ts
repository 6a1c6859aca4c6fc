import type { ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Event, Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { EVENTS, PODS, REPLICASETS } from '../../api/resources';
import type { Stored } from '../../api/types';
import { SharedInformerFactory } from '../../client/informer';
import { recordingClient } from '../../client/fakeClient';
import { Cluster } from '../../cluster/cluster';
import { markPodReady } from '../util/podReadier';
import { ReplicaSetController } from './replicaSetController';

function replicaSet(name: string, replicas: number, extra: Partial<ReplicaSet['spec']> = {}): ReplicaSet {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } },
      ...extra,
    },
  };
}

/** A controller over a recording client; informers are started, the loop is driven by hand. */
function setup() {
  const cluster = new Cluster({ seed: 7 });
  const client = recordingClient(cluster.client);
  const informers = new SharedInformerFactory(client);
  const controller = new ReplicaSetController({ client, informers, clock: cluster.clock, rng: cluster.rng });
  informers.start();
  const syncAll = () => {
    for (let key = controller.queue.get(); key !== undefined; key = controller.queue.get()) controller.sync(key);
  };
  return { cluster, client, controller, syncAll };
}

const podWrites = (client: ReturnType<typeof setup>['client'], verb: string) => client.writes().filter((a) => a.resource === 'pods' && a.verb === verb);

describe('ReplicaSetController.syncReplicaSet', () => {
  it('creates missing pods in slow-start batches with a controller reference and the template labels', () => {
    const { cluster, client, controller } = setup();
    const rs = cluster.client.create<ReplicaSet>(REPLICASETS, replicaSet('web', 3), { namespace: 'default' });
    client.reset();
    controller.syncReplicaSet('default/web');
    const creates = podWrites(client, 'create');
    expect(creates).toHaveLength(3);
    const pod = creates[0].object as Pod;
    expect(pod.metadata?.generateName).toBe('web-');
    expect(pod.metadata?.labels).toEqual({ app: 'web' });
    expect(pod.metadata?.ownerReferences).toEqual([
      { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid: rs.metadata.uid, controller: true, blockOwnerDeletion: true },
    ]);
    // Status counts the pods the sync started from; the next sync sees the new ones.
    const status = client.writes().find((a) => a.resource === 'replicasets.apps' && a.subresource === 'status');
    expect((status?.object as ReplicaSet).status).toEqual({ replicas: 0, observedGeneration: 1 });
    controller.syncReplicaSet('default/web');
    expect(cluster.client.get<ReplicaSet>(REPLICASETS, 'web', { namespace: 'default' }).status).toEqual({ replicas: 3, fullyLabeledReplicas: 3, observedGeneration: 1 });
  });

  it('records SuccessfulCreate and SuccessfulDelete events from replicaset-controller', () => {
    const { cluster, controller, syncAll } = setup();
    cluster.client.create(REPLICASETS, replicaSet('web', 2), { namespace: 'default' });
    syncAll();
    const rs = cluster.client.get<ReplicaSet>(REPLICASETS, 'web', { namespace: 'default' });
    cluster.client.update(REPLICASETS, { ...rs, spec: { ...rs.spec!, replicas: 1 } }, { namespace: 'default' });
    syncAll();
    void controller;
    const events = cluster.client.list<Event>(EVENTS, { namespace: 'default' }).items;
    const pods = cluster.client.list<Pod>(PODS, { namespace: 'default' }).items;
    expect(pods).toHaveLength(1);
    expect(events.every((e) => e.source?.component === 'replicaset-controller')).toBe(true);
    expect(events.filter((e) => e.reason === 'SuccessfulCreate').map((e) => e.message)).toEqual([expect.stringMatching(/^Created pod: web-[a-z0-9]{5}$/), expect.stringMatching(/^Created pod: web-/)]);
    expect(events.filter((e) => e.reason === 'SuccessfulDelete').map((e) => e.message)).toEqual([expect.stringMatching(/^Deleted pod: web-[a-z0-9]{5}$/)]);
  });

  it.each([
    { name: 'deletes the not-ready pod before the ready one', readyIndex: 0 },
    { name: 'deletes the not-ready pod whichever was created first', readyIndex: 1 },
  ])('$name', ({ readyIndex }) => {
    const { cluster, client, controller, syncAll } = setup();
    cluster.client.create(REPLICASETS, replicaSet('web', 2), { namespace: 'default' });
    syncAll();
    const pods = cluster.client.list<Pod>(PODS, { namespace: 'default' }).items;
    const ready = markPodReady(cluster.client, pods[readyIndex], cluster.clock.now());
    const rs = cluster.client.get<ReplicaSet>(REPLICASETS, 'web', { namespace: 'default' });
    cluster.client.update(REPLICASETS, { ...rs, spec: { ...rs.spec!, replicas: 1 } }, { namespace: 'default' });
    client.reset();
    syncAll();
    void controller;
    expect(podWrites(client, 'delete').map((a) => a.name)).toEqual([pods[1 - readyIndex].metadata.name]);
    expect(cluster.client.list<Pod>(PODS, { namespace: 'default' }).items.map((p) => p.metadata.name)).toEqual([ready.metadata.name]);
  });

  it('adopts a matching orphan instead of creating a pod for it', () => {
    const { cluster, client, controller } = setup();
    cluster.client.create<Pod>(PODS, { metadata: { name: 'stray', labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } }, { namespace: 'default' });
    const rs = cluster.client.create<ReplicaSet>(REPLICASETS, replicaSet('web', 1), { namespace: 'default' });
    client.reset();
    controller.syncReplicaSet('default/web');
    expect(podWrites(client, 'create')).toHaveLength(0);
    const adopted = cluster.client.get<Pod>(PODS, 'stray', { namespace: 'default' });
    expect(adopted.metadata.ownerReferences?.[0]).toMatchObject({ uid: rs.metadata.uid, controller: true });
  });

  it('releases a pod whose labels no longer match and replaces it', () => {
    const { cluster, client, controller, syncAll } = setup();
    cluster.client.create(REPLICASETS, replicaSet('web', 1), { namespace: 'default' });
    syncAll();
    const [pod] = cluster.client.list<Pod>(PODS, { namespace: 'default' }).items;
    cluster.client.update(PODS, { ...pod, metadata: { ...pod.metadata, labels: { app: 'debug' } } }, { namespace: 'default' });
    client.reset();
    syncAll();
    void controller;
    expect(cluster.client.get<Pod>(PODS, pod.metadata.name, { namespace: 'default' }).metadata.ownerReferences).toBeUndefined();
    expect(podWrites(client, 'create')).toHaveLength(1);
  });

  it('ignores terminating pods when counting and keeps them out of status', () => {
    const { cluster, client, controller, syncAll } = setup();
    cluster.client.create(REPLICASETS, replicaSet('web', 1), { namespace: 'default' });
    syncAll();
    const [pod] = cluster.client.list<Pod>(PODS, { namespace: 'default' }).items;
    // A pod bound to a node terminates gracefully: it stays, with a deletionTimestamp.
    const bound = cluster.client.update<Pod>(PODS, { ...pod, spec: { ...pod.spec!, nodeName: 'node-1' } }, { namespace: 'default' });
    cluster.client.delete(PODS, bound.metadata.name, { namespace: 'default' });
    client.reset();
    syncAll();
    void controller;
    expect(podWrites(client, 'create')).toHaveLength(1);
    expect(cluster.client.get<ReplicaSet>(REPLICASETS, 'web', { namespace: 'default' }).status?.replicas).toBe(1);
  });

  it('reports availableReplicas only after minReadySeconds', () => {
    const { cluster, controller, syncAll } = setup();
    cluster.client.create(REPLICASETS, replicaSet('web', 1, { minReadySeconds: 10 }), { namespace: 'default' });
    syncAll();
    const [pod] = cluster.client.list<Pod>(PODS, { namespace: 'default' }).items;
    markPodReady(cluster.client, pod, cluster.clock.now());
    syncAll();
    const status = () => cluster.client.get<ReplicaSet>(REPLICASETS, 'web', { namespace: 'default' }).status;
    expect(status()).toMatchObject({ readyReplicas: 1 });
    expect(status()?.availableReplicas).toBeUndefined();
    cluster.addRunnable(controller);
    cluster.advance(10);
    expect(status()?.availableReplicas).toBeUndefined();
    cluster.advance(1);
    expect(status()).toMatchObject({ readyReplicas: 1, availableReplicas: 1 });
  });
});

describe('ReplicaSetController failures', () => {
  it('stops after the first failing batch, records FailedCreate and a ReplicaFailure condition', () => {
    const { cluster, client, controller } = setup();
    cluster.client.create(REPLICASETS, replicaSet('web', 5), { namespace: 'default' });
    let creates = 0;
    const inner = cluster.client.create.bind(cluster.client);
    // The second create (the first of the batch of 2) is refused.
    cluster.client.create = ((r, obj, opts) => {
      if (r.resource === 'pods' && ++creates === 2) throw Object.assign(new Error('pods "x" is forbidden: exceeded quota: q'), {});
      return inner(r, obj, opts);
    }) as typeof cluster.client.create;
    client.reset();
    expect(() => controller.syncReplicaSet('default/web')).toThrow('exceeded quota');
    // Batch 1 (1 pod) then batch 2 (2 pods, one refused); batch 3 never starts.
    expect(creates).toBe(3);
    const rs = cluster.client.get<Stored<ReplicaSet>>(REPLICASETS, 'web', { namespace: 'default' });
    expect(rs.status?.conditions).toEqual([
      { type: 'ReplicaFailure', status: 'True', lastTransitionTime: '2024-06-01T00:00:00Z', reason: 'FailedCreate', message: 'pods "x" is forbidden: exceeded quota: q' },
    ]);
    const events = cluster.client.list<Event>(EVENTS, { namespace: 'default' }).items;
    expect(events.find((e) => e.reason === 'FailedCreate')).toMatchObject({ type: 'Warning', message: 'Error creating: pods "x" is forbidden: exceeded quota: q' });
    expect(controller.expectations.satisfiedExpectations('default/web')).toBe(true);
  });
});
