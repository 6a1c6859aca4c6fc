import type { Pod, Volume } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../common/rng';
import { execInContainer } from './containerAccess';
import { syncPod } from './podLifecycle';
import type { PodRuntime } from './podRuntime';
import { overlayVolumeFiles, volumeChanges, volumeLocation } from './volumeMounts';
import { VolumeStore } from './volumeStore';

const T0 = Date.UTC(2026, 10, 22, 4, 0, 0);

const pod: Pod = {
  metadata: { name: 'p', namespace: 'default', uid: 'u1' },
  spec: {
    volumes: [
      { name: 'scratch', emptyDir: {} },
      { name: 'host', hostPath: { path: '/mnt/data' } },
    ],
    containers: [
      {
        name: 'c',
        image: 'busybox',
        command: ['sleep', '3600'],
        volumeMounts: [
          { name: 'scratch', mountPath: '/scratch' },
          { name: 'host', mountPath: '/data' },
          { name: 'host', mountPath: '/ro', readOnly: true },
        ],
      },
    ],
  },
};

function running(volumeData: (v: Volume) => Record<string, string>): PodRuntime {
  const base = { pod, node: { name: 'n', hostIP: '192.168.49.2', images: new Set<string>() }, podIP: '10.244.0.9', rng: new Rng(3), lookup: { configMap: () => undefined, secret: () => undefined, volumeData } };
  let r = syncPod({ ...base, now: T0 });
  while (r.wakeAt && r.wakeAt < T0 + 30_000) r = syncPod({ ...base, runtime: r.runtime, now: r.wakeAt });
  return r.runtime;
}

const locations = new Map([
  ['scratch', { disk: 'emptyDir/u1', root: 'scratch' }],
  ['host', { disk: 'node/n', root: '/mnt/data' }],
]);

describe('volumeLocation', () => {
  const pv = (spec: object) => ({ volume: { metadata: { name: 'pv1' }, spec } });
  it.each<[string, Volume, Parameters<typeof volumeLocation>[3], unknown]>([
    ['emptyDir: the pod’s own disk', { name: 'e', emptyDir: {} }, undefined, { disk: 'emptyDir/u1', root: 'e' }],
    ['hostPath: the node’s disk', { name: 'h', hostPath: { path: '/mnt/data' } }, undefined, { disk: 'node/n', root: '/mnt/data' }],
    ['a claim on a hostPath volume: the node’s disk', { name: 'c', persistentVolumeClaim: { claimName: 'x' } }, pv({ hostPath: { path: '/tmp/hostpath-provisioner/default/x' } }), { disk: 'node/n', root: '/tmp/hostpath-provisioner/default/x' }],
    ['a claim on a network volume: the volume’s own disk', { name: 'c', persistentVolumeClaim: { claimName: 'x' } }, pv({ csi: { driver: 'd', volumeHandle: 'h' } }), { disk: 'pv/pv1', root: '' }],
    ['a claim not bound yet', { name: 'c', persistentVolumeClaim: { claimName: 'x' } }, { error: 'PVC default/x is not bound' }, { error: 'PVC default/x is not bound' }],
    ['a configMap is not a writable volume', { name: 'cm', configMap: { name: 'x' } }, undefined, undefined],
  ])('%s', (_name, v, claim, expected) => {
    expect(volumeLocation(pod, v, 'n', claim)).toEqual(expected);
  });
});

describe('writable volumes through exec', () => {
  it('mounts the store’s files, and reports what exec wrote, removed, or could not write', () => {
    const store = new VolumeStore();
    store.writeNodeFile('n', '/mnt/data/index.html', 'hello\n');
    store.writeNodeFile('n', '/mnt/data/old', 'x');
    const rt = running((v) => (v.name === 'host' ? store.read(locations.get('host')!) : {}));
    const r = execInContainer(rt, 'c', ['sh', '-c', 'cat /data/index.html; echo a > /scratch/a; rm /data/old; echo b > /ro/b'], T0 + 31_000);
    if ('error' in r) throw new Error(r.error);
    expect(r.stdout).toBe('hello\n');
    const changes = volumeChanges(pod, rt, r.runtime, locations);
    expect(changes).toEqual([
      { location: locations.get('scratch'), path: 'a', content: 'a\n' },
      { location: locations.get('host'), path: 'old' },
    ]);
    store.apply(changes);
    expect(store.read(locations.get('scratch')!)).toEqual({ a: 'a\n' });
    expect(store.read(locations.get('host')!)).toEqual({ 'index.html': 'hello\n' });
  });

  it('overlays files another writer put in the volume since the container started', () => {
    const rt = running(() => ({}));
    const data = new Map([['host', { 'new.txt': 'fresh\n' }]]);
    const r = execInContainer(overlayVolumeFiles(pod, rt, 'c', data), 'c', ['cat', '/data/new.txt', '/ro/new.txt'], T0 + 31_000);
    expect(r).toMatchObject({ exitCode: 0, stdout: 'fresh\nfresh\n' });
  });
});
