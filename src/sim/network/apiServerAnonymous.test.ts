import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../common/clock';
import { ClusterNetwork } from './clusterNetwork';
import { fakeClusterView, node, pod } from './fakeClusterView';
import { HOST, type Origin } from './types';

function network() {
  const view = fakeClusterView({ pods: [pod('client', '10.244.0.9', { run: 'client' })], nodes: [node('minikube', '192.168.49.2')], namespaces: [{ metadata: { name: 'default' } }] });
  return new ClusterNetwork({ view, clock: new ManualClock(0), seed: 7, nodeServer: () => undefined, hostIP: '192.168.49.1', apiServerPort: 8443, apiServerIP: '192.168.49.2' });
}

const fromPod: Origin = { kind: 'pod', namespace: 'default', name: 'client' };
const forbidden = (verb: string, path: string) => `forbidden: User "system:anonymous" cannot ${verb} path "${path}"`;

describe('the API server to anonymous clients (curl -k)', () => {
  const cases: { name: string; origin: Origin; method?: string; path: string; status: number; body: (b: string) => unknown; expected: unknown }[] = [
    { name: '/version from the host: the build info as indented JSON', origin: HOST, path: '/version', status: 200, body: (b) => (({ major, minor, gitVersion, platform }) => ({ major, minor, gitVersion, platform }))(JSON.parse(b)), expected: { major: '1', minor: '32', gitVersion: 'v1.32.0', platform: 'linux/amd64' } },
    { name: '/version has no trailing newline', origin: HOST, path: '/version', status: 200, body: (b) => b.endsWith('}') && b.includes('\n  "major": "1"'), expected: true },
    { name: '/healthz from a pod', origin: fromPod, path: '/healthz', status: 200, body: (b) => b, expected: 'ok' },
    { name: '/livez', origin: fromPod, path: '/livez', status: 200, body: (b) => b, expected: 'ok' },
    { name: '/readyz, the query does not matter to RBAC', origin: HOST, path: '/readyz?timeout=5s', status: 200, body: (b) => b, expected: 'ok' },
    { name: 'a sub-path of /healthz is not public', origin: HOST, path: '/healthz/ping', status: 403, body: (b) => JSON.parse(b).message, expected: forbidden('get', '/healthz/ping') },
    { name: '/api is not public', origin: fromPod, path: '/api', status: 403, body: (b) => JSON.parse(b).message, expected: forbidden('get', '/api') },
    { name: 'POST /version: only get is allowed', origin: HOST, method: 'POST', path: '/version', status: 403, body: (b) => JSON.parse(b).message, expected: forbidden('post', '/version') },
  ];
  it.each(cases)('$name', ({ origin, method, path, status, body, expected }) => {
    const out = network().http(origin, '192.168.49.2', { method: method ?? 'GET', host: '192.168.49.2', port: 8443, path, headers: {}, userAgent: 'curl/8.5.0', tls: true, insecure: true });
    if (out.kind !== 'response') throw new Error(out.kind);
    expect(out.response.status).toBe(status);
    expect(body(out.response.body)).toEqual(expected);
  });
});
