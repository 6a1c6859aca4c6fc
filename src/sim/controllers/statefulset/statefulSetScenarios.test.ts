/**
 * The StatefulSet Basics tutorial on a booted cluster: ordered creation, stable identities,
 * ordered scaling, rolling updates (with partition), OnDelete and Parallel.
 */
import { describe, expect, it } from 'vitest';
import type { StatefulSet } from 'kubernetes-types/apps/v1';
import type { Event, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import { EVENTS, PERSISTENTVOLUMECLAIMS, PODS, SERVICES, STATEFULSETS } from '../../api/resources';
import { createCluster, type RunningCluster } from '../../cluster/createCluster';

const NS = { namespace: 'default' };

function web(extra: object = {}, withClaims = false) {
  const claims = withClaims ? { volumeClaimTemplates: [{ metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }] } : {};
  const mounts = withClaims ? { volumeMounts: [{ name: 'www', mountPath: '/usr/share/nginx/html' }] } : {};
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'web' },
    spec: {
      serviceName: 'nginx',
      replicas: 2,
      selector: { matchLabels: { app: 'nginx' } },
      template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'registry.k8s.io/nginx-slim:0.24', ports: [{ containerPort: 80, name: 'web' }], ...mounts }] } },
      ...claims,
      ...extra,
    },
  };
}

function start(seed: number, extra: object = {}, withClaims = false): RunningCluster {
  const c = createCluster({ seed });
  c.client.create(SERVICES, { metadata: { name: 'nginx', labels: { app: 'nginx' } }, spec: { ports: [{ port: 80, name: 'web' }], clusterIP: 'None', selector: { app: 'nginx' } } }, NS);
  c.client.create(STATEFULSETS, web(extra, withClaims), NS);
  return c;
}

const pods = (c: RunningCluster) => c.client.list<Pod>(PODS, { ...NS, labelSelector: 'app=nginx' }).items;
const names = (c: RunningCluster) => pods(c).map((p) => p.metadata!.name!).sort();
const runningReady = (c: RunningCluster) => pods(c).filter((p) => p.status?.phase === 'Running' && !p.metadata?.deletionTimestamp && p.status.conditions?.some((x) => x.type === 'Ready' && x.status === 'True'));
const events = (c: RunningCluster) =>
  c.client
    .list<Event>(EVENTS, { ...NS, fieldSelector: 'involvedObject.kind=StatefulSet' })
    .items.sort((a, b) => Number(a.metadata!.resourceVersion) - Number(b.metadata!.resourceVersion))
    .map((e) => `${e.reason} ${e.message}`);
const getSet = (c: RunningCluster) => c.client.get<StatefulSet>(STATEFULSETS, 'web', NS);
const scale = (c: RunningCluster, replicas: number) => c.client.patch(STATEFULSETS, 'web', 'merge', { spec: { replicas } }, NS);
const setImage = (c: RunningCluster, image: string) => c.client.patch(STATEFULSETS, 'web', 'strategic', { spec: { template: { spec: { containers: [{ name: 'nginx', image }] } } } }, NS);
const imageOf = (c: RunningCluster, name: string) => c.client.get<Pod>(PODS, name, NS).spec?.containers[0].image;

describe('StatefulSet controller on a cluster (StatefulSet Basics)', () => {
  it('creates web-0, waits for it to be Running and Ready, then web-1', () => {
    const c = start(21);
    c.drain();
    expect(names(c)).toEqual(['web-0']);
    c.settle();
    expect(runningReady(c).map((p) => p.metadata?.name).sort()).toEqual(['web-0', 'web-1']);
    const [p0, p1] = ['web-0', 'web-1'].map((n) => c.client.get<Pod>(PODS, n, NS));
    expect(Date.parse(p1.metadata!.creationTimestamp!)).toBeGreaterThan(Date.parse(p0.metadata!.creationTimestamp!));
    expect(p0.spec).toMatchObject({ hostname: 'web-0', subdomain: 'nginx' });
    expect(p0.metadata?.labels).toMatchObject({ app: 'nginx', 'statefulset.kubernetes.io/pod-name': 'web-0', 'apps.kubernetes.io/pod-index': '0' });
    expect(events(c)).toEqual(['SuccessfulCreate create Pod web-0 in StatefulSet web successful', 'SuccessfulCreate create Pod web-1 in StatefulSet web successful']);
    const set = getSet(c);
    expect(set.status).toMatchObject({ replicas: 2, readyReplicas: 2, availableReplicas: 2, currentReplicas: 2, updatedReplicas: 2, observedGeneration: 1, collisionCount: 0 });
    expect(set.status?.currentRevision).toMatch(/^web-[a-z0-9]{8,10}$/);
    expect(set.status?.updateRevision).toBe(set.status?.currentRevision);
    expect(pods(c)[0].metadata?.labels?.['controller-revision-hash']).toBe(set.status?.currentRevision);
  });

  it('creates each claim before its pod, never owned by the set (volumeClaimTemplates)', () => {
    const c = start(28, {}, true);
    c.drain();
    const claims = c.client.list<PersistentVolumeClaim>(PERSISTENTVOLUMECLAIMS, NS).items;
    expect(claims.map((x) => x.metadata?.name)).toEqual(['www-web-0']);
    expect(claims[0].metadata?.labels).toEqual({ app: 'nginx' });
    expect(claims[0].metadata?.ownerReferences).toBeUndefined();
    expect(claims[0].spec).toMatchObject({ accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } });
    const p0 = c.client.get<Pod>(PODS, 'web-0', NS);
    expect(p0.spec?.volumes?.[0]).toEqual({ name: 'www', persistentVolumeClaim: { claimName: 'www-web-0' } });
    expect(events(c)).toEqual(['SuccessfulCreate create Claim www-web-0 Pod web-0 in StatefulSet web success', 'SuccessfulCreate create Pod web-0 in StatefulSet web successful']);
  });

  it('with the default StorageClass, each pod runs once its claim is bound', () => {
    const c = start(30, {}, true);
    c.advance(60);
    expect(runningReady(c).map((p) => p.metadata?.name).sort()).toEqual(['web-0', 'web-1']);
    const claims = c.client.list<PersistentVolumeClaim>(PERSISTENTVOLUMECLAIMS, NS).items;
    expect(claims.map((x) => `${x.metadata?.name}:${x.status?.phase}`).sort()).toEqual(['www-web-0:Bound', 'www-web-1:Bound']);
  });

  it('persistentVolumeClaimRetentionPolicy Delete: claims owned by the set, and by a condemned pod', () => {
    const c = start(29, { replicas: 2, podManagementPolicy: 'Parallel', persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Delete', whenScaled: 'Delete' } }, true);
    c.drain();
    const set = getSet(c);
    const claim = (n: string) => c.client.get<PersistentVolumeClaim>(PERSISTENTVOLUMECLAIMS, n, NS);
    expect(claim('www-web-1').metadata?.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: set.metadata!.uid }]);
    scale(c, 1);
    c.settle();
    expect(c.loop.errors.map((e) => String(e.error))).toEqual([]);
    const left = c.client.list<PersistentVolumeClaim>(PERSISTENTVOLUMECLAIMS, NS).items.filter((x) => !x.metadata?.deletionTimestamp);
    expect(left.map((x) => x.metadata?.name)).toEqual(['www-web-0']);
  });

  it('recreates deleted pods with the same names, in order', () => {
    const c = start(22);
    c.settle();
    for (const n of ['web-0', 'web-1']) c.client.delete(PODS, n, NS);
    c.settle();
    expect(runningReady(c).map((p) => p.metadata?.name).sort()).toEqual(['web-0', 'web-1']);
  });

  it('scales up in ordinal order and down from the highest ordinal', () => {
    const c = start(23);
    c.settle();
    scale(c, 5);
    c.settle();
    expect(runningReady(c).map((p) => p.metadata?.name).sort()).toEqual(['web-0', 'web-1', 'web-2', 'web-3', 'web-4']);
    const created = pods(c).sort((a, b) => Date.parse(a.metadata!.creationTimestamp!) - Date.parse(b.metadata!.creationTimestamp!));
    expect(created.map((p) => p.metadata?.name)).toEqual(['web-0', 'web-1', 'web-2', 'web-3', 'web-4']);
    scale(c, 3);
    c.drain();
    // web-4 goes first; web-3 waits until web-4 is gone.
    expect(pods(c).filter((p) => p.metadata?.deletionTimestamp).map((p) => p.metadata?.name)).toEqual(['web-4']);
    c.settle();
    expect(names(c)).toEqual(['web-0', 'web-1', 'web-2']);
    expect(events(c).filter((e) => e.startsWith('SuccessfulDelete'))).toEqual(['SuccessfulDelete delete Pod web-4 in StatefulSet web successful', 'SuccessfulDelete delete Pod web-3 in StatefulSet web successful']);
  });

  it('rolls an update from the highest ordinal down, then makes the update revision current', () => {
    const c = start(24, { replicas: 3 });
    c.settle();
    const before = getSet(c).status!.currentRevision;
    setImage(c, 'registry.k8s.io/nginx-slim:0.27');
    c.drain();
    expect(pods(c).filter((p) => p.metadata?.deletionTimestamp).map((p) => p.metadata?.name)).toEqual(['web-2']);
    c.settle();
    expect(['web-0', 'web-1', 'web-2'].map((n) => imageOf(c, n))).toEqual(Array(3).fill('registry.k8s.io/nginx-slim:0.27'));
    const st = getSet(c).status!;
    expect(st.updateRevision).not.toBe(before);
    expect(st).toMatchObject({ currentRevision: st.updateRevision, updatedReplicas: 3, currentReplicas: 3, readyReplicas: 3, observedGeneration: 2 });
  });

  it('updates only ordinals at or above the partition', () => {
    const c = start(25, { replicas: 3, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } });
    c.settle();
    setImage(c, 'registry.k8s.io/nginx-slim:0.27');
    c.settle();
    expect(['web-0', 'web-1', 'web-2'].map((n) => imageOf(c, n))).toEqual(['registry.k8s.io/nginx-slim:0.24', 'registry.k8s.io/nginx-slim:0.24', 'registry.k8s.io/nginx-slim:0.27']);
    // A pod below the partition comes back at the current revision.
    c.client.delete(PODS, 'web-1', NS);
    c.settle();
    expect(imageOf(c, 'web-1')).toBe('registry.k8s.io/nginx-slim:0.24');
    const st = getSet(c).status!;
    expect(st).toMatchObject({ currentReplicas: 2, updatedReplicas: 1 });
    expect(st.currentRevision).not.toBe(st.updateRevision);
  });

  it('OnDelete: replaces a pod with the new template only when it is deleted', () => {
    const c = start(26, { updateStrategy: { type: 'OnDelete' } });
    c.settle();
    setImage(c, 'registry.k8s.io/nginx-slim:0.27');
    c.settle();
    expect(imageOf(c, 'web-1')).toBe('registry.k8s.io/nginx-slim:0.24');
    c.client.delete(PODS, 'web-1', NS);
    c.settle();
    expect(imageOf(c, 'web-1')).toBe('registry.k8s.io/nginx-slim:0.27');
  });

  it('Parallel: creates every pod at once', () => {
    const c = start(27, { podManagementPolicy: 'Parallel', replicas: 3 });
    c.drain();
    expect(names(c)).toEqual(['web-0', 'web-1', 'web-2']);
    c.settle();
    expect(runningReady(c)).toHaveLength(3);
  });
});
