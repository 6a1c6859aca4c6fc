/**
 * Pods mounting PersistentVolumeClaims through the Scheduler: VolumeBinding's PreFilter verdict
 * in the FailedScheduling message, and the retry a new claim or volume triggers (queueing hint).
 */
import type { Event, Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { TestCluster } from '../testing/testCluster';
import { CONTROL_PLANE_TAINT, makeNode, makePod } from './fixtures';
import { defaultFilterPlugins, volumeListers } from './plugins';
import { Scheduler } from './scheduler';

function setup() {
  const tc = new TestCluster({ seed: 1 });
  const informers = tc.cluster.informers;
  tc.cluster.addRunnable(new Scheduler({ client: tc.client, informers, clock: tc.clock, rng: tc.cluster.rng, filters: defaultFilterPlugins(volumeListers(informers)) }));
  informers.start();
  tc.create(makeNode('control-plane', { taints: [CONTROL_PLANE_TAINT] }));
  tc.create(makeNode('worker-1'));
  tc.create(makeNode('worker-2'));
  return tc;
}

const podUsing = (claim: string) => makePod('web', { volumes: [{ name: 'data', persistentVolumeClaim: { claimName: claim } }], containers: [{ name: 'c', image: 'nginx' }] });
const failures = (tc: TestCluster) => tc.list<Event>('events', { namespace: 'default' }).filter((e) => e.reason === 'FailedScheduling').map((e) => e.message);

const boundClaim = {
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name: 'data', namespace: 'default', annotations: { 'pv.kubernetes.io/bind-completed': 'yes' } },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, volumeName: 'pv-data', storageClassName: 'manual' },
};
const volume = {
  apiVersion: 'v1',
  kind: 'PersistentVolume',
  metadata: { name: 'pv-data' },
  spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], storageClassName: 'manual', hostPath: { path: '/mnt/data' }, claimRef: { name: 'data', namespace: 'default' } },
};

describe('Scheduler with VolumeBinding', () => {
  it('reports a PreFilter rejection once, every node unresolvable for preemption', () => {
    const tc = setup();
    tc.create(podUsing('data'));
    tc.advance(1);
    expect(failures(tc)).toEqual([
      '0/3 nodes are available: persistentvolumeclaim "data" not found. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
    ]);
  });

  it('retries as soon as the missing claim and its volume appear, not after the 5-minute flush', () => {
    const tc = setup();
    tc.create(podUsing('data'));
    tc.advance(60);
    expect(tc.get<Pod>('pods', 'web').spec?.nodeName).toBeUndefined();
    // The volume alone helps nothing: that retry fails and backs off 2 s; the claim then wakes it.
    tc.create(volume);
    tc.create(boundClaim);
    tc.advance(1.5);
    expect(tc.get<Pod>('pods', 'web').spec?.nodeName).toBeUndefined();
    tc.advance(0.5);
    expect(tc.get<Pod>('pods', 'web').spec?.nodeName).toMatch(/^worker-/);
  });
});
