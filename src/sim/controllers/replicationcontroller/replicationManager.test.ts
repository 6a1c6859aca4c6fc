/** The docs' nginx ReplicationController on a booted cluster: replicas, owner refs, events, scaling, adoption. */
import { describe, expect, it } from 'vitest';
import type { Event, Pod, ReplicationController } from 'kubernetes-types/core/v1';
import { EVENTS, PODS, REPLICATIONCONTROLLERS } from '../../api/resources';
import { createCluster, type RunningCluster } from '../../cluster/createCluster';

const NS = { namespace: 'default' };
const rc = {
  apiVersion: 'v1',
  kind: 'ReplicationController',
  metadata: { name: 'nginx' },
  spec: { replicas: 3, selector: { app: 'nginx' }, template: { metadata: { name: 'nginx', labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx', ports: [{ containerPort: 80 }] }] } } },
};
const pods = (c: RunningCluster) => c.client.list<Pod>(PODS, { ...NS, labelSelector: 'app=nginx' }).items.filter((p) => !p.metadata?.deletionTimestamp);

describe('ReplicationController manager on a cluster', () => {
  it('keeps the docs nginx RC at 3 Running pods it owns, with replication-controller events', () => {
    const c = createCluster({ seed: 51 });
    c.client.create(REPLICATIONCONTROLLERS, rc, NS);
    c.settle();
    const ps = pods(c);
    expect(ps.filter((p) => p.status?.phase === 'Running')).toHaveLength(3);
    expect(ps[0].metadata?.name).toMatch(/^nginx-[a-z0-9]{5}$/);
    expect(ps[0].metadata?.ownerReferences?.[0]).toMatchObject({ apiVersion: 'v1', kind: 'ReplicationController', name: 'nginx', controller: true });
    const status = c.client.get<ReplicationController>(REPLICATIONCONTROLLERS, 'nginx', NS).status;
    expect(status).toMatchObject({ replicas: 3, fullyLabeledReplicas: 3, readyReplicas: 3, availableReplicas: 3, observedGeneration: 1 });
    const events = c.client.list<Event>(EVENTS, { ...NS, fieldSelector: 'involvedObject.name=nginx' }).items;
    expect(events).toHaveLength(3);
    expect(events.every((e) => e.reason === 'SuccessfulCreate' && e.source?.component === 'replication-controller' && e.involvedObject.kind === 'ReplicationController')).toBe(true);
    expect(events.map((e) => e.message).sort()).toEqual(ps.map((p) => `Created pod: ${p.metadata?.name}`).sort());
  });

  it('scales down and heals, and adopts a matching orphan', () => {
    const c = createCluster({ seed: 52 });
    c.client.create(REPLICATIONCONTROLLERS, rc, NS);
    c.settle();
    c.client.patch(REPLICATIONCONTROLLERS, 'nginx', 'merge', { spec: { replicas: 1 } }, NS);
    c.settle();
    expect(pods(c)).toHaveLength(1);
    c.client.delete(PODS, pods(c)[0].metadata!.name!, NS);
    c.settle();
    expect(pods(c)).toHaveLength(1);
    c.client.patch(REPLICATIONCONTROLLERS, 'nginx', 'merge', { spec: { replicas: 2 } }, NS);
    c.client.create(PODS, { metadata: { name: 'stray', labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } }, NS);
    c.settle();
    expect(pods(c)).toHaveLength(2);
    expect(c.client.get<Pod>(PODS, 'stray', NS).metadata?.ownerReferences?.[0]?.kind).toBe('ReplicationController');
  });

  it('defaults the selector and labels from the template', () => {
    const c = createCluster({ seed: 53 });
    const { selector: _omit, ...spec } = rc.spec;
    c.client.create(REPLICATIONCONTROLLERS, { ...rc, spec }, NS);
    const stored = c.client.get<ReplicationController>(REPLICATIONCONTROLLERS, 'nginx', NS);
    expect(stored.spec?.selector).toEqual({ app: 'nginx' });
    expect(stored.metadata?.labels).toEqual({ app: 'nginx' });
  });
});
