import type { Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../testing/fakeClient';
import { clusterSession, type ClusterSession } from '../../testing/clusterSession';
import { kubectl, testContext } from '../../testing/testContext';
import { PODS } from '../shared/builtins';

const LEGACY = '--profile=legacy is deprecated and will be removed in the future. It is recommended to explicitly specify a profile, for example "--profile=general".\n';
const PROMPT = "If you don't see a command prompt, try pressing enter.\n";

async function withPod(line = 'run app --image=nginx:1.27'): Promise<ClusterSession> {
  const s = clusterSession(3);
  await s.run(line);
  return s;
}
const pod = (s: ClusterSession, name: string) => s.cluster.client.get<Pod>(PODS, name, { namespace: 'default' });

describe('kubectl debug: validation, in kubectl order', () => {
  it.each([
    ['no image, no copy', 'debug app', 'error: you must specify --image when not using --copy-to.\n'],
    ['no target', 'debug --image=busybox', 'error: NAME or filename is required for debug\n'],
    ['--set-image without --copy-to', 'debug app --image=busybox --set-image=*=ubuntu', 'error: --set-image may only be used with --copy-to.\n'],
    ['--same-node without --copy-to', 'debug app --image=busybox --same-node', 'error: --same-node may only be used with --copy-to.\n'],
    ['--replace without --copy-to', 'debug app --image=busybox --replace', 'error: --replace may only be used with --copy-to.\n'],
    ['a copy that changes nothing', 'debug app --copy-to=x', 'error: you must specify --image, --set-image or command arguments.\n'],
    ['a bad image', 'debug app --copy-to=x --image=Bad_Image', 'error: invalid image name "Bad_Image": invalid reference format\n'],
    ['--target with --copy-to', 'debug app --image=busybox --target=app --copy-to=x', 'error: --target is incompatible with --copy-to. Use --share-processes instead.\n'],
    ['-t without -i', 'debug app --image=busybox -t', 'error: -i/--stdin is required for containers with -t/--tty=true\n'],
    ['an unknown profile', 'debug app --image=busybox --profile=foo', 'error: unknown profile: foo\n'],
    ['a bad pull policy', 'debug app --image=busybox --image-pull-policy=Sometimes', 'error: invalid image pull policy: Sometimes\n'],
  ])('%s', async (_name, line, stderr) => {
    expect(await kubectl(testContext(new FakeClient()), line)).toEqual({ code: 1, stdout: '', stderr });
  });
});

describe('kubectl debug against a cluster', () => {
  it('adds an ephemeral container through pods/ephemeralcontainers, which the kubelet runs', async () => {
    const s = await withPod();
    const r = await s.run('debug app --image=busybox:1.28 --target=app --profile=general');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(
      /^Targeting container "app"\. If you don't see processes from this container it may be because the container runtime doesn't support this feature\.\nDefaulting debug container name to debugger-[bcdfghjklmnpqrstvwxz2456789]{5}\.\n$/,
    );
    const p = pod(s, 'app');
    const [ec] = p.spec!.ephemeralContainers!;
    expect(ec).toMatchObject({ image: 'busybox:1.28', targetContainerName: 'app', terminationMessagePolicy: 'File', securityContext: { capabilities: { add: ['SYS_PTRACE'] } } });
    expect(ec.stdin).toBeUndefined();
    // Without stdin, busybox's sh has nothing to read and exits at once, as on a real node.
    expect(p.status?.ephemeralContainerStatuses?.[0]).toMatchObject({ name: ec.name, state: { terminated: { exitCode: 0, reason: 'Completed' } } });
  });

  it('attaches with -it: the legacy warning, the name, the prompt, then a shell in the new container', async () => {
    const s = await withPod();
    const shells: { container: string; shell: string; onExit?: () => unknown }[] = [];
    s.ctx.openShell = (spec) => void shells.push(spec);
    const r = await s.run('debug -it app --image=busybox:1.28 -c dbg');
    expect(r).toEqual({ code: 0, stdout: '', stderr: LEGACY + PROMPT });
    expect(shells.map((x) => [x.container, x.shell])).toEqual([['dbg', 'sh']]);
    expect(await shells[0].onExit?.()).toBe("Session ended, the ephemeral container will not be restarted but may be reattached using 'kubectl attach app -c dbg -i -t' if it is still running\n");
  });

  it('refuses a debug container named like an existing one, as the API server does', async () => {
    const s = await withPod();
    const r = await s.run('debug app --image=busybox -c app -q');
    expect(r.stderr).toBe(LEGACY + 'The Pod "app" is invalid: spec.ephemeralContainers[0].name: Duplicate value: "app"\n');
  });

  it('copies a pod with --copy-to, changing a container command and sharing processes', async () => {
    const s = await withPod('run app --image=busybox:1.28 --labels=app=web -- sleep 1d');
    const r = await s.run(['debug', 'app', '--copy-to=app-debug', '--container=app', '--profile=general', '--', 'sh', '-c', 'sleep 2d']);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    const copy = pod(s, 'app-debug');
    expect(copy.metadata?.labels).toBeUndefined();
    expect(copy.spec?.shareProcessNamespace).toBe(true);
    expect(copy.spec?.containers.map((c) => [c.name, c.command, c.args])).toEqual([['app', ['sh', '-c', 'sleep 2d'], undefined]]);
    expect(copy.status?.phase).toBe('Running');
  });

  it.each([
    ['every container', '*=ubuntu', ['ubuntu']],
    ['one container by name', 'app=busybox:1.36', ['busybox:1.36']],
  ])('--set-image changes %s of the copy; --replace deletes the original', async (_name, setImage, images) => {
    const s = await withPod();
    await s.run(`debug app --copy-to=app-2 --set-image=${setImage} --replace --profile=general`);
    expect(pod(s, 'app-2').spec?.containers.map((c) => c.image)).toEqual(images);
    expect(s.cluster.client.list(PODS, { namespace: 'default' }).items.map((p) => p.metadata.name)).toEqual(['app-2']);
  });

  it('debugs a node with a pod in its host namespaces and its root at /host', async () => {
    const s = clusterSession(3);
    const r = await s.run('debug node/minikube --image=ubuntu --profile=general');
    const [, name] = /^Creating debugging pod (node-debugger-minikube-[bcdfghjklmnpqrstvwxz2456789]{5}) with container debugger on node minikube\.\n$/.exec(r.stdout) ?? [];
    expect(name).toBeDefined();
    const p = pod(s, name);
    expect(p.spec).toMatchObject({ nodeName: 'minikube', hostNetwork: true, hostPID: true, hostIPC: true, restartPolicy: 'Never', tolerations: [{ operator: 'Exists' }] });
    expect(p.spec?.volumes?.find((v) => v.name === 'host-root')?.hostPath?.path).toBe('/');
    expect(p.spec?.containers[0].volumeMounts?.[0]).toEqual({ mountPath: '/host', name: 'host-root' });
  });

  it('answers NotFound for a missing pod and refuses kinds it cannot debug', async () => {
    const s = await withPod('create deployment web --image=nginx');
    expect((await s.run('debug nosuch --image=busybox -q --profile=general')).stderr).toBe('Error from server (NotFound): pods "nosuch" not found\n');
    expect((await s.run('debug deployment/web --image=busybox --profile=general')).stderr).toBe('error: "apps/v1, Kind=Deployment" not supported by debug\n');
  });
});
