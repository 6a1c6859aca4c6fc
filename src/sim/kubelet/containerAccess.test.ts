import type { Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../common/rng';
import { execInContainer, serveRequest } from './containerAccess';
import { syncPod } from './podLifecycle';
import type { PodRuntime } from './podRuntime';

const T0 = Date.UTC(2026, 10, 22, 4, 0, 0);

function runningPod(image: string, command?: string[]): PodRuntime {
  const pod: Pod = { metadata: { name: 'p', namespace: 'default', uid: 'u' }, spec: { containers: [{ name: 'c', image, command }] } };
  const base = { pod, node: { name: 'n', hostIP: '192.168.49.2', images: new Set<string>() }, podIP: '10.244.0.9', rng: new Rng(3), lookup: { configMap: () => undefined, secret: () => undefined } };
  let r = syncPod({ ...base, now: T0 });
  while (r.wakeAt && r.wakeAt < T0 + 30_000) r = syncPod({ ...base, runtime: r.runtime, now: r.wakeAt });
  return r.runtime;
}

describe('execInContainer', () => {
  it.each([
    { name: 'hostname', image: 'nginx:1.25', argv: ['hostname'], stdout: 'p\n', exitCode: 0 },
    { name: 'cat the welcome page', image: 'nginx:1.25', argv: ['sh', '-c', 'cat /usr/share/nginx/html/index.html | grep title'], stdout: '<title>Welcome to nginx!</title>\n', exitCode: 0 },
    { name: 'write then read a file', image: 'busybox:1.36', command: ['sleep', '3600'], argv: ['sh', '-c', 'echo hi > /tmp/x; cat /tmp/x'], stdout: 'hi\n', exitCode: 0 },
  ])('$name', ({ image, command, argv, stdout, exitCode }) => {
    const r = execInContainer(runningPod(image, command), 'c', argv, T0 + 31_000);
    expect('error' in r ? r.error : { stdout: r.stdout, exitCode: r.exitCode }).toEqual({ stdout, exitCode });
  });

  it.each([
    { name: 'no shell in hello-app', image: 'gcr.io/google-samples/hello-app:1.0', argv: ['sh'], error: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "sh": executable file not found in $PATH: unknown' },
    { name: 'no bash in busybox', image: 'busybox:1.36', argv: ['bash'], error: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown' },
    { name: 'unknown container', image: 'nginx', argv: ['ls'], container: 'nope', error: 'container not found ("nope")' },
  ])('error: $name', ({ image, argv, error, container }) => {
    const rt = runningPod(image, image.startsWith('busybox') ? ['sleep', '3600'] : undefined);
    expect(execInContainer(rt, container ?? 'c', argv, T0 + 31_000)).toEqual({ error });
  });
});

describe('serveRequest', () => {
  it('answers from nginx and writes the access log line', () => {
    const r = serveRequest(runningPod('nginx:1.25'), 80, { method: 'GET', path: '/', host: '10.244.0.9', clientIP: '10.244.0.1' }, T0 + 40_000);
    expect(r.response?.status).toBe(200);
    expect(r.log?.text).toBe('10.244.0.1 - - [22/Nov/2026:04:00:40 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/8.5.0" "-"');
  });

  it('reports nothing listening on other ports', () => {
    const r = serveRequest(runningPod('nginx:1.25'), 81, { method: 'GET', path: '/', host: 'x', clientIP: '10.244.0.1' }, T0 + 40_000);
    expect({ listening: r.listening, response: r.response }).toEqual({ listening: false, response: undefined });
  });

  it("kubernetes-bootcamp logs each request with server.js's running count and uptime", () => {
    const rt = runningPod('gcr.io/google-samples/kubernetes-bootcamp:v1');
    const started = rt.containers[0].current!.program!.startedAt;
    const req = { method: 'GET', path: '/', host: '10.244.0.9', clientIP: '10.244.0.1' };
    const first = serveRequest(rt, 8080, req, started + 12_345);
    const second = serveRequest(first.runtime, 8080, req, started + 20_000);
    const iso = (ms: number) => new Date(ms).toISOString();
    expect([first.log?.text, second.log?.text]).toEqual([
      `Running On: p | Total Requests: 1 | App Uptime: 12.345 seconds | Log Time: ${iso(started + 12_345)}`,
      `Running On: p | Total Requests: 2 | App Uptime: 20 seconds | Log Time: ${iso(started + 20_000)}`,
    ]);
  });
});
