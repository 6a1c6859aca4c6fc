import type { Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../common/rng';
import type { KubeletEvent } from './kubeletEvents';
import { syncPod, type PodSyncResult } from './podLifecycle';
import type { PodRuntime } from './podRuntime';

const T0 = Date.UTC(2026, 10, 22, 4, 0, 0);

function pod(name: string, spec: Partial<Pod['spec']> & { containers: NonNullable<Pod['spec']>['containers'] }): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', uid: `uid-${name}` },
    spec: { restartPolicy: 'Always', terminationGracePeriodSeconds: 30, nodeName: 'node-1', ...spec },
  };
}

interface Run {
  events: (KubeletEvent & { at: number })[];
  last: PodSyncResult;
  /** Status snapshots by sync time. */
  history: { t: number; result: PodSyncResult }[];
}

/** Drives syncPod like the agent will: at each wake time, until `seconds` have passed. */
function run(p: Pod, seconds: number, opts: { images?: string[]; deleteAt?: number; configMaps?: Record<string, Record<string, string>> } = {}): Run {
  const rng = new Rng(7);
  const images = new Set(opts.images ?? []);
  let runtime: PodRuntime | undefined;
  let now = T0;
  const events: Run['events'] = [];
  const history: Run['history'] = [];
  let last!: PodSyncResult;
  const end = T0 + seconds * 1000;
  let current = p;
  for (let i = 0; i < 5000; i++) {
    if (opts.deleteAt !== undefined && now >= T0 + opts.deleteAt * 1000 && !current.metadata?.deletionTimestamp) {
      current = { ...current, metadata: { ...current.metadata, deletionTimestamp: new Date(now).toISOString(), deletionGracePeriodSeconds: current.spec?.terminationGracePeriodSeconds ?? 30 } };
    }
    last = syncPod({
      pod: current,
      runtime,
      now,
      node: { name: 'node-1', hostIP: '192.168.49.2', images },
      podIP: '10.244.0.5',
      rng,
      lookup: { configMap: (n) => opts.configMaps?.[n], secret: () => undefined },
    });
    runtime = last.runtime;
    for (const img of last.imagesPulled) images.add(img);
    for (const e of last.events) events.push({ ...e, at: (e.time - T0) / 1000 });
    history.push({ t: (now - T0) / 1000, result: last });
    if (last.readyToDelete) break;
    const deleteAt = opts.deleteAt !== undefined && !current.metadata?.deletionTimestamp ? T0 + opts.deleteAt * 1000 : Infinity;
    const next = Math.min(last.wakeAt ?? Infinity, deleteAt, end);
    if (next > end || next === now) break;
    now = next;
  }
  return { events, last, history };
}

const reasons = (r: Run) => r.events.map((e) => e.reason);
const cs = (r: Run) => r.last.status.containerStatuses![0];

describe('podLifecycle', () => {
  it('runs an nginx pod: pull, create, start, Ready', () => {
    const r = run(pod('web', { containers: [{ name: 'nginx', image: 'nginx:1.25', imagePullPolicy: 'IfNotPresent' }] }), 30);
    expect(reasons(r)).toEqual(['Pulling', 'Pulled', 'Created', 'Started']);
    expect(r.events[0].message).toBe('Pulling image "nginx:1.25"');
    expect(r.events[1].message).toMatch(/^Successfully pulled image "nginx:1.25" in \d+\.\d+s \(\d+\.\d+s including waiting\)\. Image size: 70500000 bytes\.$/);
    expect(r.events[2].message).toBe('Created container: nginx');
    expect(r.events[3].message).toBe('Started container nginx');
    expect(r.events[3].fieldPath).toBe('spec.containers{nginx}');
    const s = r.last.status;
    expect(s.phase).toBe('Running');
    expect(s.podIP).toBe('10.244.0.5');
    expect(s.qosClass).toBe('BestEffort');
    expect(s.conditions!.map((c) => `${c.type}=${c.status}`)).toEqual(['PodReadyToStartContainers=True', 'Initialized=True', 'Ready=True', 'ContainersReady=True']);
    expect(cs(r).state?.running).toBeDefined();
    expect(cs(r).image).toBe('docker.io/library/nginx:1.25');
    expect(cs(r).imageID).toMatch(/^docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/);
    expect(cs(r).containerID).toMatch(/^containerd:\/\/[0-9a-f]{64}$/);
    const started = r.events[3].at;
    expect(started).toBeGreaterThan(3);
    expect(started).toBeLessThan(10);
    expect(r.last.logs.length + r.history.flatMap((h) => h.result.logs).length).toBeGreaterThan(0);
  });

  it('skips the pull when the image is present and policy is IfNotPresent', () => {
    const r = run(pod('web', { containers: [{ name: 'nginx', image: 'nginx:1.25', imagePullPolicy: 'IfNotPresent' }] }), 10, { images: ['docker.io/library/nginx:1.25'] });
    expect(r.events.map((e) => e.message)[0]).toBe('Container image "nginx:1.25" already present on machine');
    expect(reasons(r)).toEqual(['Pulled', 'Created', 'Started']);
    expect(r.events[2].at).toBeLessThan(3);
  });

  it('bad tag: ErrImagePull then ImagePullBackOff with back-off 10, 20, 40 s', () => {
    const r = run(pod('bad', { containers: [{ name: 'nginx', image: 'nginx:no-such-tag', imagePullPolicy: 'IfNotPresent' }] }), 120);
    const failed = r.events.find((e) => e.message.startsWith('Failed to pull image'));
    expect(failed?.message).toBe(
      'Failed to pull image "nginx:no-such-tag": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:no-such-tag": failed to resolve reference "docker.io/library/nginx:no-such-tag": docker.io/library/nginx:no-such-tag: not found',
    );
    expect(r.events.map((e) => e.message)).toContain('Error: ErrImagePull');
    expect(r.events.map((e) => e.message)).toContain('Back-off pulling image "nginx:no-such-tag"');
    const failures = r.events.filter((e) => e.message === 'Error: ErrImagePull').map((e) => e.at);
    const pulls = r.events.filter((e) => e.reason === 'Pulling').map((e) => e.at);
    const gaps = pulls.slice(1).map((p, i) => Math.round(p - failures[i]));
    expect(gaps.slice(0, 3)).toEqual([10, 20, 40]);
    expect(cs(r).state?.waiting?.reason).toMatch(/ErrImagePull|ImagePullBackOff/);
    expect(r.last.status.phase).toBe('Pending');
  });

  it('exit 1 with restartPolicy Always: CrashLoopBackOff with growing back-off', () => {
    const r = run(pod('crash', { containers: [{ name: 'app', image: 'busybox:1.36', command: ['sh', '-c', 'echo boom; exit 1'] }] }), 200, { images: ['docker.io/library/busybox:1.36'] });
    const starts = r.events.filter((e) => e.reason === 'Started').map((e) => e.at);
    const gaps = starts.slice(1).map((s, i) => s - starts[i]);
    expect(gaps[0]).toBeLessThan(3);
    expect(Math.round(gaps[1])).toBeGreaterThanOrEqual(10);
    expect(Math.round(gaps[2])).toBeGreaterThanOrEqual(20);
    expect(Math.round(gaps[3])).toBeGreaterThanOrEqual(40);
    expect(r.events.some((e) => e.message === 'Back-off restarting failed container app in pod crash_default(uid-crash)')).toBe(true);
    const status = cs(r);
    expect(status.restartCount).toBe(starts.length - 1);
    expect(status.lastState?.terminated?.exitCode).toBe(1);
    expect(status.lastState?.terminated?.reason).toBe('Error');
    expect(r.last.status.phase).toBe('Running');
    const waiting = r.history.map((h) => h.result.status.containerStatuses![0].state?.waiting?.reason);
    expect(waiting).toContain('CrashLoopBackOff');
  });

  it.each([
    { policy: 'Never', command: 'exit 1', phase: 'Failed', reason: 'Error' },
    { policy: 'OnFailure', command: 'echo done', phase: 'Succeeded', reason: 'Completed' },
    { policy: 'Never', command: 'true', phase: 'Succeeded', reason: 'Completed' },
  ])('restartPolicy $policy with `$command` ends $phase', (c) => {
    const r = run(pod('job', { restartPolicy: c.policy, containers: [{ name: 'c', image: 'busybox:1.36', command: ['sh', '-c', c.command] }] }), 60, { images: ['docker.io/library/busybox:1.36'] });
    expect(r.last.status.phase).toBe(c.phase);
    expect(cs(r).state?.terminated?.reason).toBe(c.reason);
    expect(cs(r).restartCount).toBe(0);
    const ready = r.last.status.conditions!.find((x) => x.type === 'Ready');
    expect(ready?.reason).toBe('PodCompleted');
    expect(r.last.status.conditions!.find((x) => x.type === 'PodReadyToStartContainers')?.status).toBe('False');
  });

  it('liveness exec probe example restarts the container', () => {
    const r = run(
      pod('liveness-exec', {
        containers: [
          {
            name: 'liveness',
            image: 'registry.k8s.io/busybox:1.27.2',
            args: ['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600'],
            livenessProbe: { exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, periodSeconds: 5 },
          },
        ],
      }),
      120,
    );
    const unhealthy = r.events.filter((e) => e.reason === 'Unhealthy');
    expect(unhealthy[0].message).toBe("Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory");
    const kill = r.events.find((e) => e.reason === 'Killing');
    expect(kill?.message).toBe('Container liveness failed liveness probe, will be restarted');
    const started = r.events.find((e) => e.reason === 'Started')!.at;
    expect(kill!.at - started).toBeGreaterThanOrEqual(35);
    expect(kill!.at - started).toBeLessThanOrEqual(45);
    expect(cs(r).restartCount).toBe(1);
    expect(cs(r).lastState?.terminated?.exitCode).toBe(137);
  });

  it('deletion: nginx stops at once, busybox sleep takes the grace period', () => {
    const nginx = run(pod('web', { containers: [{ name: 'nginx', image: 'nginx:1.25' }] }), 120, { deleteAt: 20, images: ['docker.io/library/nginx:1.25'] });
    expect(nginx.events.find((e) => e.reason === 'Killing')?.message).toBe('Stopping container nginx');
    expect(nginx.last.readyToDelete).toBe(true);
    expect((nginx.last.runtime.finished! - T0) / 1000).toBeLessThan(21);
    expect(cs(nginx).state?.terminated?.exitCode).toBe(0);
    const sleeper = run(pod('sleeper', { containers: [{ name: 'c', image: 'busybox:1.36', command: ['sleep', '3600'] }] }), 120, { deleteAt: 20, images: ['docker.io/library/busybox:1.36'] });
    expect((sleeper.last.runtime.finished! - T0) / 1000).toBe(50);
    expect(cs(sleeper).state?.terminated?.exitCode).toBe(137);
    expect(sleeper.last.status.phase).toBe('Failed');
  });

  it('missing ConfigMap in env: CreateContainerConfigError', () => {
    const r = run(pod('cfg', { containers: [{ name: 'c', image: 'busybox:1.36', command: ['sleep', '10'], env: [{ name: 'X', valueFrom: { configMapKeyRef: { name: 'special-config', key: 'k' } } }] }] }), 30, { images: ['docker.io/library/busybox:1.36'] });
    expect(cs(r).state?.waiting).toEqual({ reason: 'CreateContainerConfigError', message: 'configmap "special-config" not found' });
    expect(r.events.map((e) => e.message)).toContain('Error: configmap "special-config" not found');
  });

  it('missing ConfigMap volume: FailedMount and no IP', () => {
    const r = run(pod('vol', { containers: [{ name: 'c', image: 'busybox:1.36' }], volumes: [{ name: 'config-volume', configMap: { name: 'special-config' } }] }), 30);
    expect(r.events[0].message).toBe('MountVolume.SetUp failed for volume "config-volume" : configmap "special-config" not found');
    expect(r.last.status.podIP).toBeUndefined();
    expect(cs(r).state?.waiting?.reason).toBe('ContainerCreating');
  });

  it('init containers run in order before the app container', () => {
    const r = run(
      pod('init', {
        initContainers: [
          { name: 'a', image: 'busybox:1.36', command: ['sh', '-c', 'sleep 2'] },
          { name: 'b', image: 'busybox:1.36', command: ['sh', '-c', 'sleep 2'] },
        ],
        containers: [{ name: 'app', image: 'busybox:1.36', command: ['sleep', '3600'] }],
      }),
      30,
      { images: ['docker.io/library/busybox:1.36'] },
    );
    expect(r.events.filter((e) => e.reason === 'Started').map((e) => e.message)).toEqual(['Started container a', 'Started container b', 'Started container app']);
    expect(r.last.status.phase).toBe('Running');
    expect(r.last.status.initContainerStatuses!.map((s) => s.state?.terminated?.reason)).toEqual(['Completed', 'Completed']);
  });

  it('OOMKilled when stress allocates past the memory limit', () => {
    const r = run(
      pod('memory-demo-2', {
        containers: [{ name: 'memory-demo-2-ctr', image: 'polinux/stress', resources: { requests: { memory: '50Mi' }, limits: { memory: '100Mi' } }, command: ['stress'], args: ['--vm', '1', '--vm-bytes', '250M', '--vm-hang', '1'] }],
      }),
      20,
      { images: ['docker.io/polinux/stress:latest'] },
    );
    const terminated = r.history.map((h) => h.result.status.containerStatuses![0]).find((s) => s.state?.terminated || s.lastState?.terminated);
    const t = terminated?.state?.terminated ?? terminated?.lastState?.terminated;
    expect(t?.reason).toBe('OOMKilled');
    expect(t?.exitCode).toBe(137);
    expect(r.last.status.qosClass).toBe('Burstable');
  });

  it.each([
    { name: 'readiness on the served port turns Ready', port: 80, ready: true, event: undefined },
    {
      name: 'readiness on a closed port stays unready',
      port: 8080,
      ready: false,
      event: 'Readiness probe failed: Get "http://10.244.0.5:8080/": dial tcp 10.244.0.5:8080: connect: connection refused',
    },
  ])('$name', ({ port, ready, event }) => {
    const r = run(pod('web', { containers: [{ name: 'nginx', image: 'nginx:1.25', readinessProbe: { httpGet: { path: '/', port }, periodSeconds: 5 } }] }), 30, { images: ['docker.io/library/nginx:1.25'] });
    expect(cs(r).ready).toBe(ready);
    expect(r.last.status.conditions!.find((c) => c.type === 'Ready')?.status).toBe(ready ? 'True' : 'False');
    expect(r.events.find((e) => e.reason === 'Unhealthy')?.message).toBe(event);
  });

  it('deleting a pod that never started finishes at once', () => {
    const r = run(pod('bad', { containers: [{ name: 'c', image: 'nginx:no-such-tag' }] }), 60, { deleteAt: 15 });
    expect(r.last.readyToDelete).toBe(true);
    expect((r.last.runtime.finished! - T0) / 1000).toBe(15);
  });

  it('set image on a pod stuck in ImagePullBackOff recovers it', () => {
    const bad = pod('fix', { containers: [{ name: 'nginx', image: 'nginx:no-such-tag', imagePullPolicy: 'IfNotPresent' }] });
    const rng = new Rng(1);
    const base = { node: { name: 'node-1', hostIP: '192.168.49.2', images: new Set(['docker.io/library/nginx:1.25']) }, podIP: '10.244.0.5', rng, lookup: { configMap: () => undefined, secret: () => undefined } };
    let r = syncPod({ ...base, pod: bad, now: T0 });
    while (r.wakeAt && r.wakeAt < T0 + 20_000) r = syncPod({ ...base, pod: bad, runtime: r.runtime, now: r.wakeAt });
    expect(r.status.containerStatuses![0].state?.waiting?.reason).toBe('ImagePullBackOff');
    const fixed = { ...bad, spec: { ...bad.spec!, containers: [{ ...bad.spec!.containers[0], image: 'nginx:1.25' }] } };
    const events: string[] = [];
    r = syncPod({ ...base, pod: fixed, runtime: r.runtime, now: T0 + 20_000 });
    events.push(...r.events.map((e) => e.message));
    while (r.wakeAt && r.wakeAt < T0 + 30_000) {
      r = syncPod({ ...base, pod: fixed, runtime: r.runtime, now: r.wakeAt });
      events.push(...r.events.map((e) => e.message));
    }
    expect(events).toEqual(['Container image "nginx:1.25" already present on machine', 'Created container: nginx', 'Started container nginx']);
    expect(r.status.phase).toBe('Running');
  });

  it('mounts ConfigMap keys as files the container can cat', () => {
    const r = run(
      pod('cm', {
        restartPolicy: 'Never',
        containers: [{ name: 'c', image: 'busybox:1.36', command: ['/bin/sh', '-c', 'ls /etc/config/; cat /etc/config/color'], volumeMounts: [{ name: 'config-volume', mountPath: '/etc/config' }] }],
        volumes: [{ name: 'config-volume', configMap: { name: 'special-config' } }],
      }),
      30,
      { images: ['docker.io/library/busybox:1.36'], configMaps: { 'special-config': { color: 'red', sport: 'tennis' } } },
    );
    expect(r.history.flatMap((h) => h.result.logs.map((l) => l.text))).toEqual(['color', 'sport', 'red']);
    expect(cs(r).volumeMounts).toEqual([{ mountPath: '/etc/config', name: 'config-volume' }]);
    expect(r.last.status.phase).toBe('Succeeded');
  });

  it.each([
    { image: 'registry.k8s.io/etcd:3.5.16-0' },
    { image: 'registry.k8s.io/kube-apiserver:v1.32.0' },
    { image: 'registry.k8s.io/kube-controller-manager:v1.32.0' },
    { image: 'registry.k8s.io/kube-scheduler:v1.32.0' },
    { image: 'registry.k8s.io/kube-proxy:v1.32.0', command: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf'] },
    { image: 'registry.k8s.io/coredns/coredns:v1.11.3', args: ['-conf', '/etc/coredns/Corefile'], hostNetwork: false },
    { image: 'gcr.io/k8s-minikube/storage-provisioner:v5', command: ['/storage-provisioner'] },
  ])('system image $image runs', ({ image, command, args, hostNetwork }) => {
    const r = run(pod('sys', { hostNetwork: hostNetwork ?? true, containers: [{ name: 'c', image, command, args }] }), 60);
    expect(r.last.status.phase).toBe('Running');
    expect(cs(r).ready).toBe(true);
    expect(r.last.status.podIP).toBe(hostNetwork === false ? '10.244.0.5' : '192.168.49.2');
    expect(r.history.flatMap((h) => h.result.logs).length).toBeGreaterThan(0);
  });
});

