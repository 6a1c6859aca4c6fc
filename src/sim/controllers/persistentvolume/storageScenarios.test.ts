/**
 * Storage on a booted cluster: dynamic provisioning by minikube's hostpath provisioner, static
 * binding, reclaim policies, WaitForFirstConsumer, protection finalizers, and files that outlive
 * (or not) the pods that wrote them.
 */
import { describe, expect, it } from 'vitest';
import type { Event, PersistentVolume, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import { EVENTS, PERSISTENTVOLUMECLAIMS, PERSISTENTVOLUMES, PODS, STORAGECLASSES } from '../../api/resources';
import { createCluster, type RunningCluster } from '../../cluster/createCluster';

const ns = { namespace: 'default' };

const claim = (name: string, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, ...extra },
});

const hostPathVolume = (name: string, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'PersistentVolume',
  metadata: { name, labels: { type: 'local' } },
  spec: { storageClassName: 'manual', capacity: { storage: '10Gi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: '/mnt/data' }, ...extra },
});

const getClaim = (c: RunningCluster, name: string) => c.client.get<PersistentVolumeClaim>(PERSISTENTVOLUMECLAIMS, name, ns);
const getVolume = (c: RunningCluster, name: string) => c.client.get<PersistentVolume>(PERSISTENTVOLUMES, name);
const volumes = (c: RunningCluster) => c.client.list<PersistentVolume>(PERSISTENTVOLUMES).items;
const eventsFor = (c: RunningCluster, name: string) =>
  c.client
    .list<Event>(EVENTS, { namespace: 'default', fieldSelector: `involvedObject.name=${name}` })
    .items.map((e) => [e.reason, e.message, e.source?.component ?? '']);

describe('dynamic provisioning (minikube)', () => {
  it('binds a claim without a class to a new pvc-<uid> hostPath volume of the default class', () => {
    const c = createCluster({ seed: 11 });
    c.client.create(PERSISTENTVOLUMECLAIMS, claim('data'), ns);
    c.settle();
    const pvc = getClaim(c, 'data');
    expect(pvc.spec?.storageClassName).toBe('standard');
    expect(pvc.metadata.finalizers).toEqual(['kubernetes.io/pvc-protection']);
    expect(pvc.status).toEqual({ phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '1Gi' } });
    expect(pvc.metadata.annotations).toEqual({
      'pv.kubernetes.io/bind-completed': 'yes',
      'pv.kubernetes.io/bound-by-controller': 'yes',
      'volume.beta.kubernetes.io/storage-provisioner': 'k8s.io/minikube-hostpath',
      'volume.kubernetes.io/storage-provisioner': 'k8s.io/minikube-hostpath',
    });
    const pv = getVolume(c, `pvc-${pvc.metadata.uid}`);
    expect(pvc.spec?.volumeName).toBe(pv.metadata.name);
    expect(pv.spec).toMatchObject({
      hostPath: { path: '/tmp/hostpath-provisioner/default/data', type: '' },
      persistentVolumeReclaimPolicy: 'Delete',
      storageClassName: 'standard',
      volumeMode: 'Filesystem',
      claimRef: { kind: 'PersistentVolumeClaim', namespace: 'default', name: 'data', uid: pvc.metadata.uid },
    });
    expect(pv.metadata.annotations?.['pv.kubernetes.io/provisioned-by']).toBe('k8s.io/minikube-hostpath');
    expect(pv.metadata.finalizers).toEqual(['kubernetes.io/pv-protection']);
    expect(pv.status?.phase).toBe('Bound');
    const events = eventsFor(c, 'data');
    expect(events.map((e) => e[0])).toEqual(['ExternalProvisioning', 'Provisioning', 'ProvisioningSucceeded']);
    expect(events[0]).toEqual([
      'ExternalProvisioning',
      "Waiting for a volume to be created either by the external provisioner 'k8s.io/minikube-hostpath' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.",
      'persistentvolume-controller',
    ]);
    expect(events[1][1]).toBe('External provisioner is provisioning volume for claim "default/data"');
    expect(events[2][1]).toBe(`Successfully provisioned volume ${pv.metadata.name}`);
    expect(events[2][2]).toMatch(/^k8s\.io\/minikube-hostpath_minikube_[0-9a-f-]{36}$/);
    expect(c.loop.errors).toEqual([]);
  });

  it('deletes the provisioned volume with its claim (reclaimPolicy Delete)', () => {
    const c = createCluster({ seed: 12 });
    c.client.create(PERSISTENTVOLUMECLAIMS, claim('data'), ns);
    c.settle();
    expect(volumes(c)).toHaveLength(1);
    c.client.delete(PERSISTENTVOLUMECLAIMS, 'data', ns);
    c.settle();
    expect(c.client.list(PERSISTENTVOLUMECLAIMS, ns).items).toEqual([]);
    expect(volumes(c)).toEqual([]);
  });

  it('has no StorageClass on a kubeadm cluster: the claim stays Pending', () => {
    const c = createCluster({ seed: 13, profile: 'multinode' });
    expect(c.client.list(STORAGECLASSES).items).toEqual([]);
    c.client.create(PERSISTENTVOLUMECLAIMS, claim('data'), ns);
    c.settle();
    const pvc = getClaim(c, 'data');
    expect(pvc.status?.phase).toBe('Pending');
    expect(pvc.spec?.storageClassName).toBeUndefined();
    expect(eventsFor(c, 'data')).toEqual([['FailedBinding', 'no persistent volumes available for this claim and no storage class is set', 'persistentvolume-controller']]);
  });
});

describe('static volumes', () => {
  it.each([
    ['Retain keeps the volume Released', 'Retain', 'Released'],
    ['Delete cannot delete a hostPath volume nothing provisioned: Failed', 'Delete', 'Failed'],
  ])('%s', (_name, policy, phase) => {
    const c = createCluster({ seed: 14 });
    c.client.create(PERSISTENTVOLUMES, hostPathVolume('task-pv-volume', { persistentVolumeReclaimPolicy: policy }));
    c.settle();
    expect(getVolume(c, 'task-pv-volume').status?.phase).toBe('Available');
    c.client.create(PERSISTENTVOLUMECLAIMS, claim('task-pv-claim', { storageClassName: 'manual', resources: { requests: { storage: '3Gi' } } }), ns);
    c.settle();
    const pvc = getClaim(c, 'task-pv-claim');
    expect(pvc.spec?.volumeName).toBe('task-pv-volume');
    expect(pvc.status).toEqual({ phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '10Gi' } });
    const pv = getVolume(c, 'task-pv-volume');
    expect(pv.status?.phase).toBe('Bound');
    expect(pv.metadata.annotations).toEqual({ 'pv.kubernetes.io/bound-by-controller': 'yes' });
    expect(eventsFor(c, 'task-pv-claim')).toEqual([]);
    c.client.delete(PERSISTENTVOLUMECLAIMS, 'task-pv-claim', ns);
    c.settle();
    const after = getVolume(c, 'task-pv-volume');
    expect(after.status?.phase).toBe(phase);
    expect(after.spec?.claimRef?.name).toBe('task-pv-claim');
    // A new claim does not get a released volume: the old claimRef must be cleared by hand.
    c.client.create(PERSISTENTVOLUMECLAIMS, claim('again', { storageClassName: 'manual' }), ns);
    c.settle();
    expect(getClaim(c, 'again').status?.phase).toBe('Pending');
  });

  it('binds a claim that names its volume (spec.volumeName) and refuses a mismatched one', () => {
    const c = createCluster({ seed: 15 });
    c.client.create(PERSISTENTVOLUMES, hostPathVolume('small', { capacity: { storage: '1Gi' } }));
    c.client.create(PERSISTENTVOLUMES, hostPathVolume('big', { capacity: { storage: '5Gi' } }));
    c.client.create(PERSISTENTVOLUMECLAIMS, claim('pick', { storageClassName: 'manual', volumeName: 'big' }), ns);
    c.client.create(PERSISTENTVOLUMECLAIMS, claim('toobig', { storageClassName: 'manual', volumeName: 'small', resources: { requests: { storage: '2Gi' } } }), ns);
    c.settle();
    expect(getClaim(c, 'pick').status?.phase).toBe('Bound');
    expect(getVolume(c, 'big').spec?.claimRef?.name).toBe('pick');
    expect(getVolume(c, 'big').metadata.annotations).toEqual({ 'pv.kubernetes.io/bound-by-controller': 'yes' });
    expect(getClaim(c, 'pick').metadata.annotations).toEqual({ 'pv.kubernetes.io/bind-completed': 'yes' });
    expect(getClaim(c, 'toobig').status?.phase).toBe('Pending');
    expect(eventsFor(c, 'toobig').map((e) => [e[0], e[1]])).toEqual([['VolumeMismatch', 'Cannot bind to requested volume "small": requested PV is too small']]);
  });

  it('keeps a claim in use by a pod Terminating until the pod is gone (pvc-protection)', () => {
    const c = createCluster({ seed: 16 });
    c.client.create(PERSISTENTVOLUMECLAIMS, claim('data'), ns);
    c.client.create(PODS, { metadata: { name: 'user' }, spec: { volumes: [{ name: 'd', persistentVolumeClaim: { claimName: 'data' } }], containers: [{ name: 'c', image: 'nginx', volumeMounts: [{ name: 'd', mountPath: '/data' }] }] } }, ns);
    c.settle();
    expect(c.client.get<Pod>(PODS, 'user', ns).status?.phase).toBe('Running');
    c.client.delete(PERSISTENTVOLUMECLAIMS, 'data', ns);
    c.settle();
    const terminating = getClaim(c, 'data');
    expect(terminating.metadata.deletionTimestamp).toBeDefined();
    expect(terminating.status?.phase).toBe('Bound');
    c.client.delete(PODS, 'user', ns);
    c.settle();
    expect(c.client.list(PERSISTENTVOLUMECLAIMS, ns).items).toEqual([]);
    expect(volumes(c)).toEqual([]);
  });

  it('keeps a bound volume Terminating until its claim goes (pv-protection)', () => {
    const c = createCluster({ seed: 17 });
    c.client.create(PERSISTENTVOLUMES, hostPathVolume('pv1'));
    c.client.create(PERSISTENTVOLUMECLAIMS, claim('data', { storageClassName: 'manual' }), ns);
    c.settle();
    c.client.delete(PERSISTENTVOLUMES, 'pv1');
    c.settle();
    expect(getVolume(c, 'pv1').metadata.deletionTimestamp).toBeDefined();
    expect(getClaim(c, 'data').status?.phase).toBe('Bound');
    c.client.delete(PERSISTENTVOLUMECLAIMS, 'data', ns);
    c.settle();
    expect(volumes(c)).toEqual([]);
  });
});

describe('WaitForFirstConsumer', () => {
  it('waits for a pod, then provisions for the node it was scheduled to', () => {
    const c = createCluster({ seed: 18 });
    c.client.create(STORAGECLASSES, { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'wait' }, provisioner: 'k8s.io/minikube-hostpath', volumeBindingMode: 'WaitForFirstConsumer' });
    c.client.create(PERSISTENTVOLUMECLAIMS, claim('late', { storageClassName: 'wait' }), ns);
    c.settle();
    expect(getClaim(c, 'late').status?.phase).toBe('Pending');
    expect(eventsFor(c, 'late')).toEqual([['WaitForFirstConsumer', 'waiting for first consumer to be created before binding', 'persistentvolume-controller']]);
    c.client.create(PODS, { metadata: { name: 'consumer' }, spec: { volumes: [{ name: 'd', persistentVolumeClaim: { claimName: 'late' } }], containers: [{ name: 'c', image: 'nginx', volumeMounts: [{ name: 'd', mountPath: '/data' }] }] } }, ns);
    c.settle();
    const pvc = getClaim(c, 'late');
    expect(pvc.metadata.annotations?.['volume.kubernetes.io/selected-node']).toBe('minikube');
    expect(pvc.status?.phase).toBe('Bound');
    expect(c.client.get<Pod>(PODS, 'consumer', ns).status?.phase).toBe('Running');
    expect(eventsFor(c, 'consumer').map((e) => e[0])).not.toContain('FailedMount');
    expect(eventsFor(c, 'late').map((e) => e[0]).sort()).toEqual(['ExternalProvisioning', 'Provisioning', 'ProvisioningSucceeded', 'WaitForFirstConsumer']);
  });
});

describe('scheduling pods with claims', () => {
  const podWith = (name: string, claimName: string) => ({ metadata: { name }, spec: { volumes: [{ name: 'd', persistentVolumeClaim: { claimName } }], containers: [{ name: 'c', image: 'nginx', volumeMounts: [{ name: 'd', mountPath: '/data' }] }] } });
  const scheduled = (c: RunningCluster, name: string) => c.client.get<Pod>(PODS, name, ns).status?.conditions?.find((x) => x.type === 'PodScheduled');

  it('keeps a pod whose claim does not exist Pending, then runs it once the claim is bound', () => {
    const c = createCluster({ seed: 19 });
    c.client.create(PODS, podWith('p', 'missing'), ns);
    c.settle();
    const message = '0/1 nodes are available: persistentvolumeclaim "missing" not found. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.';
    expect(scheduled(c, 'p')).toMatchObject({ status: 'False', reason: 'Unschedulable' });
    expect(scheduled(c, 'p')?.message?.replace('available: 1 persistentvolumeclaim', 'available: persistentvolumeclaim')).toBe(message);
    c.client.create(PERSISTENTVOLUMECLAIMS, claim('missing'), ns);
    c.settle();
    expect(c.client.get<Pod>(PODS, 'p', ns).status?.phase).toBe('Running');
  });

  it('keeps a pod whose Immediate claim is unbound Pending', () => {
    const c = createCluster({ seed: 20 });
    c.client.create(PERSISTENTVOLUMECLAIMS, claim('manual', { storageClassName: 'manual' }), ns);
    c.client.create(PODS, podWith('p', 'manual'), ns);
    c.settle();
    expect(scheduled(c, 'p')?.message).toContain('pod has unbound immediate PersistentVolumeClaims. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.');
    c.client.create(PERSISTENTVOLUMES, hostPathVolume('pv'));
    c.settle();
    expect(c.client.get<Pod>(PODS, 'p', ns).status?.phase).toBe('Running');
  });

  it('schedules a pod created together with its dynamically provisioned claim', () => {
    const c = createCluster({ seed: 21 });
    c.client.create(PERSISTENTVOLUMECLAIMS, claim('d'), ns);
    c.client.create(PODS, podWith('p', 'd'), ns);
    c.settle();
    expect(c.client.get<Pod>(PODS, 'p', ns).status?.phase).toBe('Running');
  });
});

describe('volume data', () => {
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'keeper' },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: 'keeper' } },
      template: {
        metadata: { labels: { app: 'keeper' } },
        spec: {
          volumes: [
            { name: 'data', persistentVolumeClaim: { claimName: 'data' } },
            { name: 'scratch', emptyDir: {} },
          ],
          containers: [{ name: 'c', image: 'busybox', command: ['sh', '-c', 'sleep 3600'], volumeMounts: [{ name: 'data', mountPath: '/data' }, { name: 'scratch', mountPath: '/scratch' }] }],
        },
      },
    },
  };
  const runningPod = (c: RunningCluster) => c.client.list<Pod>(PODS, { namespace: 'default', labelSelector: 'app=keeper' }).items.find((p) => p.status?.phase === 'Running' && !p.metadata.deletionTimestamp)!;
  const sh = (c: RunningCluster, pod: string, script: string) => c.client.exec('default', pod, { command: ['sh', '-c', script] });

  it('keeps files on a claim across pod replacement and loses the emptyDir ones', () => {
    const c = createCluster({ seed: 22 });
    c.client.create(PERSISTENTVOLUMECLAIMS, claim('data'), ns);
    c.client.create({ group: 'apps', version: 'v1', resource: 'deployments' }, deployment, ns);
    c.settle();
    const first = runningPod(c);
    expect(sh(c, first.metadata.name, 'echo hi > /data/x; echo tmp > /scratch/y; cat /data/x /scratch/y')).toEqual({ exitCode: 0, stdout: 'hi\ntmp\n', stderr: '' });
    c.client.delete(PODS, first.metadata.name, ns);
    c.settle();
    const second = runningPod(c);
    expect(second.metadata.name).not.toBe(first.metadata.name);
    expect(sh(c, second.metadata.name, 'cat /data/x')).toEqual({ exitCode: 0, stdout: 'hi\n', stderr: '' });
    expect(sh(c, second.metadata.name, 'cat /scratch/y').exitCode).not.toBe(0);
    expect(c.volumes.readNodeFile('minikube', `/tmp/hostpath-provisioner/default/data/x`)).toBe('hi\n');
  });

  it('shares an emptyDir between the containers of a pod', () => {
    const c = createCluster({ seed: 23 });
    const pod = {
      metadata: { name: 'two' },
      spec: {
        volumes: [{ name: 'shared', emptyDir: {} }],
        containers: [
          { name: 'writer', image: 'busybox', command: ['sh', '-c', 'echo from-writer > /pod-data/index.html; sleep 3600'], volumeMounts: [{ name: 'shared', mountPath: '/pod-data' }] },
          { name: 'reader', image: 'busybox', command: ['sleep', '3600'], volumeMounts: [{ name: 'shared', mountPath: '/usr/share/data' }] },
        ],
      },
    };
    c.client.create(PODS, pod, ns);
    c.settle();
    expect(c.client.exec('default', 'two', { container: 'reader', command: ['cat', '/usr/share/data/index.html'] }).stdout).toBe('from-writer\n');
  });

  it('deletes a provisioned volume’s directory with the volume', () => {
    const c = createCluster({ seed: 24 });
    c.client.create(PERSISTENTVOLUMECLAIMS, claim('data'), ns);
    c.client.create({ group: 'apps', version: 'v1', resource: 'deployments' }, deployment, ns);
    c.settle();
    sh(c, runningPod(c).metadata.name, 'echo hi > /data/x');
    c.client.delete({ group: 'apps', version: 'v1', resource: 'deployments' }, 'keeper', ns);
    c.settle();
    c.client.delete(PERSISTENTVOLUMECLAIMS, 'data', ns);
    c.settle();
    expect(volumes(c)).toEqual([]);
    expect(c.volumes.readNodeFile('minikube', '/tmp/hostpath-provisioner/default/data/x')).toBeUndefined();
  });
});

describe('StatefulSet volumeClaimTemplates (StatefulSet Basics)', () => {
  it('gives each replica its own provisioned claim, kept when the pod is replaced', () => {
    const c = createCluster({ seed: 25 });
    const sts = {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'web' },
      spec: {
        serviceName: 'nginx',
        replicas: 2,
        selector: { matchLabels: { app: 'nginx' } },
        template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'registry.k8s.io/nginx-slim:0.24', volumeMounts: [{ name: 'www', mountPath: '/usr/share/nginx/html' }] }] } },
        volumeClaimTemplates: [{ metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
      },
    };
    c.client.create({ group: 'apps', version: 'v1', resource: 'statefulsets' }, sts, ns);
    for (let i = 0; i < 4; i++) c.settle();
    const claims = c.client.list<PersistentVolumeClaim>(PERSISTENTVOLUMECLAIMS, ns).items;
    expect(claims.map((x) => [x.metadata.name, x.status?.phase, x.spec?.storageClassName])).toEqual([
      ['www-web-0', 'Bound', 'standard'],
      ['www-web-1', 'Bound', 'standard'],
    ]);
    c.client.exec('default', 'web-0', { command: ['sh', '-c', 'echo web-0 > /usr/share/nginx/html/index.html'] });
    c.client.delete(PODS, 'web-0', ns);
    for (let i = 0; i < 2; i++) c.settle();
    expect(c.client.get<Pod>(PODS, 'web-0', ns).status?.phase).toBe('Running');
    expect(c.client.exec('default', 'web-0', { command: ['cat', '/usr/share/nginx/html/index.html'] }).stdout).toBe('web-0\n');
  });
});
