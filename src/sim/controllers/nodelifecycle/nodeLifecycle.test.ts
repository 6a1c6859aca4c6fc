import { describe, expect, it } from 'vitest';
import type { Node } from 'kubernetes-types/core/v1';
import { rfc3339 } from '../../../common/time';
import { NODES, PODS } from '../../api/resources';
import { EventRecorder } from '../../client/eventRecorder';
import { Cluster } from '../../cluster/cluster';
import { NodeLifecycleController } from './nodeLifecycleController';
import { TaintEvictionController } from './taintEvictionController';
import { evictionTime } from './taintEviction';

function setup() {
  const cluster = new Cluster();
  const deps = { client: cluster.client, informers: cluster.informers, clock: cluster.clock, recorder: new EventRecorder(cluster.client, cluster.clock, { component: 'node-controller' }) };
  const controllers = [new NodeLifecycleController(deps), new TaintEvictionController(deps)];
  const now = rfc3339(cluster.now());
  cluster.client.create(NODES, {
    metadata: { name: 'n1' },
    status: { conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', lastHeartbeatTime: now, lastTransitionTime: now }] },
  });
  const toleration = (key: string) => ({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 });
  cluster.client.create(PODS, {
    metadata: { name: 'web' },
    spec: { nodeName: 'n1', tolerations: [toleration('node.kubernetes.io/unreachable'), toleration('node.kubernetes.io/not-ready')], containers: [{ name: 'c', image: 'nginx' }] },
  });
  cluster.client.create(PODS, { metadata: { name: 'intolerant' }, spec: { nodeName: 'n1', containers: [{ name: 'c', image: 'nginx' }] } });
  cluster.informers.start();
  controllers.forEach((c) => cluster.addRunnable(c));
  return cluster;
}

describe('node lifecycle', () => {
  it('marks a silent node Unknown after 40 s, taints it, and evicts pods when tolerations run out', () => {
    const cluster = setup();
    cluster.advance(40);
    expect(cluster.client.get<Node>(NODES, 'n1').status?.conditions?.[0].status).toBe('True');
    cluster.advance(5);
    const node = cluster.client.get<Node>(NODES, 'n1');
    expect(node.status?.conditions?.[0]).toMatchObject({ status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });
    expect(node.spec?.taints?.map((t) => `${t.key}:${t.effect}`)).toEqual(['node.kubernetes.io/unreachable:NoExecute', 'node.kubernetes.io/unreachable:NoSchedule']);
    // A pod without the toleration goes at once; the tolerating one after 300 s (graceful: Terminating).
    expect(cluster.client.get(PODS, 'intolerant').metadata.deletionTimestamp).toBeDefined();
    expect(cluster.client.get(PODS, 'web').metadata.deletionTimestamp).toBeUndefined();
    cluster.advance(299);
    expect(cluster.client.get(PODS, 'web').metadata.deletionTimestamp).toBeUndefined();
    cluster.advance(2);
    expect(cluster.client.get(PODS, 'web').metadata.deletionTimestamp).toBeDefined();
  });
});

describe('evictionTime', () => {
  const taint = { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: '2024-01-01T00:00:00Z' };
  const base = Date.parse('2024-01-01T00:00:00Z');
  const cases: [string, object[], number | undefined][] = [
    ['no toleration: now', [], 0],
    ['bounded toleration', [{ key: taint.key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }], base + 300_000],
    ['unbounded toleration: never', [{ operator: 'Exists' }], undefined],
    ['toleration for another key: now', [{ key: 'other', operator: 'Exists' }], 0],
  ];
  it.each(cases)('%s', (_n, tolerations, expected) => {
    expect(evictionTime({ spec: { containers: [], tolerations } }, [taint])).toBe(expected);
  });
});
