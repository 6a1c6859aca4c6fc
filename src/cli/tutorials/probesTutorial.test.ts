/** kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/, command by command. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Tutorial, examplesFetch, table } from './tutorialDriver';

beforeEach(() => vi.stubGlobal('fetch', examplesFetch));
afterEach(() => vi.unstubAllGlobals());

/** The Events table's rows after the header, reduced to reason and message. */
const events = (describe: string) =>
  describe
    .slice(describe.indexOf('Events:'))
    .split('\n')
    .slice(3)
    .filter(Boolean)
    .map((l) => l.trim().split(/ {2,}/))
    .map((cells) => ({ type: cells[0], reason: cells[1], message: cells[cells.length - 1] }));

describe('Configure Liveness, Readiness and Startup Probes', () => {
  it('exec liveness: fails after 30 s, and the kubelet restarts the container', async () => {
    const t = new Tutorial();
    expect(await t.ok('kubectl apply -f https://k8s.io/examples/pods/probe/exec-liveness.yaml')).toBe('pod/liveness-exec created\n');
    expect(events(await t.ok('kubectl describe pod liveness-exec')).map((e) => e.reason)).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started']);
    await t.ok('sleep 35');
    const unhealthy = events(await t.ok('kubectl describe pod liveness-exec')).find((e) => e.reason === 'Unhealthy');
    expect(unhealthy).toMatchObject({ type: 'Warning', message: "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory" });
    // Three failures, then SIGTERM: busybox's sh ignores it, so the restart waits out the 30 s grace period.
    await t.ok('sleep 45');
    const restarted = events(await t.ok('kubectl describe pod liveness-exec'));
    expect(restarted).toContainEqual({ type: 'Normal', reason: 'Killing', message: 'Container liveness failed liveness probe, will be restarted' });
    expect(table(await t.ok('kubectl get pod liveness-exec'))[0]).toMatchObject({ READY: '1/1', STATUS: 'Running', RESTARTS: expect.stringMatching(/^1 \(\d+s ago\)$/) });
  });

  it('http liveness: /healthz answers 500 after 10 s', async () => {
    const t = new Tutorial();
    expect(await t.ok('kubectl apply -f https://k8s.io/examples/pods/probe/http-liveness.yaml')).toBe('pod/liveness-http created\n');
    // 10 s after the container started (the agnhost pull takes a few seconds first).
    await t.ok('sleep 15');
    const described = await t.ok('kubectl describe pod liveness-http');
    expect(events(described)).toContainEqual({ type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: HTTP probe failed with statuscode: 500' });
    await t.ok('sleep 20');
    expect(Number(table(await t.ok('kubectl get pod liveness-http'))[0].RESTARTS.split(' ')[0])).toBeGreaterThanOrEqual(1);
  });

  it('tcp liveness and readiness: goproxy becomes ready on port 8080', async () => {
    const t = new Tutorial();
    expect(await t.ok('kubectl apply -f https://k8s.io/examples/pods/probe/tcp-liveness-readiness.yaml')).toBe('pod/goproxy created\n');
    const described = await t.ok('kubectl describe pod goproxy');
    expect(described).toMatch(/Liveness: +tcp-socket :8080 delay=15s timeout=1s period=10s #success=1 #failure=3\n/);
    expect(described).toMatch(/Readiness: +tcp-socket :8080 delay=15s timeout=1s period=10s #success=1 #failure=3\n/);
    await t.ok('sleep 20');
    expect(table(await t.ok('kubectl get pod goproxy'))[0]).toMatchObject({ READY: '1/1', STATUS: 'Running', RESTARTS: '0' });
  });
});
