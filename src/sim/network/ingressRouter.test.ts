import { describe, expect, it } from 'vitest';
import type { Ingress, IngressClass } from 'kubernetes-types/networking/v1';
import { ManualClock } from '../../common/clock';
import type { NodeServer } from '../client/types';
import { ClusterNetwork } from './clusterNetwork';
import { fakeClusterView, node, pod, slice } from './fakeClusterView';
import { routeIngress, servedIngresses } from './ingressRouter';
import { HOST } from './types';

const backend = (name: string, port = 8080) => ({ service: { name, port: { number: port } } });
const ing = (name: string, spec: Ingress['spec'], annotations?: Record<string, string>): Ingress => ({ metadata: { name, namespace: 'default', ...(annotations ? { annotations } : {}) }, spec: { ingressClassName: 'nginx', ...spec } });

const example = ing('example', {
  rules: [
    {
      host: 'hello-world.example',
      http: {
        paths: [
          { path: '/', pathType: 'Prefix', backend: backend('web') },
          { path: '/v2', pathType: 'Prefix', backend: backend('web2') },
          { path: '/exact', pathType: 'Exact', backend: backend('exact') },
        ],
      },
    },
    { host: '*.wild.example', http: { paths: [{ path: '/', pathType: 'Prefix', backend: backend('wild') }] } },
    { http: { paths: [{ path: '/any', pathType: 'ImplementationSpecific', backend: backend('any') }] } },
  ],
});
const withDefault = ing('fallback', { defaultBackend: backend('default-web') });
const rewrite = ing('rewrite', { rules: [{ host: 'rw.example', http: { paths: [{ path: '/something(/|$)(.*)', pathType: 'ImplementationSpecific', backend: backend('rw') }] } }] }, { 'nginx.ingress.kubernetes.io/rewrite-target': '/$2' });

describe('ingress-nginx routing', () => {
  const cases: [string, Ingress[], string, string, string | undefined, string?][] = [
    ['host and root prefix', [example], 'hello-world.example', '/', 'web'],
    ['longest prefix wins', [example], 'hello-world.example', '/v2/page', 'web2'],
    ['prefix matches whole elements only', [example], 'hello-world.example', '/v2x', 'web'],
    ['exact path', [example], 'hello-world.example', '/exact', 'exact'],
    ['exact does not match below', [example], 'hello-world.example', '/exact/x', 'web'],
    ['host with port in the header', [example], 'hello-world.example:80', '/', 'web'],
    ['wildcard host, one label', [example], 'a.wild.example', '/', 'wild'],
    ['wildcard does not cover two labels', [example], 'a.b.wild.example', '/any', 'any'],
    ['unknown host falls to host-less rules', [example], '192.168.49.2', '/any/thing', 'any'],
    ['no rule matches: 404', [example], '192.168.49.2', '/', undefined],
    ['defaultBackend when nothing matches', [example, withDefault], '192.168.49.2', '/', 'default-web'],
    ['rewrite-target captures', [rewrite], 'rw.example', '/something/new?x=1', 'rw', '/new?x=1'],
  ];
  it.each(cases)('%s', (_n, ingresses, host, path, want, rewritten) => {
    const r = routeIngress(ingresses, host, path);
    expect(r?.backend.service?.name).toBe(want);
    if (rewritten) expect(r?.path).toBe(rewritten);
  });

  it('serves its class, the legacy annotation, and class-less Ingresses when default', () => {
    const cls: IngressClass = { metadata: { name: 'nginx', annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } }, spec: { controller: 'k8s.io/ingress-nginx' } };
    const other = ing('other', {});
    other.spec!.ingressClassName = 'traefik';
    const legacy: Ingress = { metadata: { name: 'legacy', annotations: { 'kubernetes.io/ingress.class': 'nginx' } }, spec: {} };
    const none: Ingress = { metadata: { name: 'none' }, spec: {} };
    expect(servedIngresses([example, other, legacy, none], [cls]).map((i) => i.metadata?.name)).toEqual(['example', 'legacy', 'none']);
    expect(servedIngresses([example], [])).toEqual([]);
  });
});

describe('curl through the ingress controller', () => {
  const controller = pod('ingress-nginx-controller-abc', '10.244.0.3', {}, { namespace: 'ingress-nginx', image: 'registry.k8s.io/ingress-nginx/controller:v1.11.3' });
  controller.spec!.containers[0].ports = [{ containerPort: 80, hostPort: 80 }];
  const webPod = pod('web-1', '10.244.0.5', { app: 'web' });
  const server: NodeServer = { logs: () => '', http: (_ns, name, port) => (port === 8080 ? { listening: true, response: { status: 200, contentType: 'text/plain; charset=utf-8', body: `Hello, world!\nVersion: 1.0.0\nHostname: ${name}\n` }, image: 'gcr.io/google-samples/hello-app:1.0' } : { listening: false }) };
  const view = fakeClusterView({
    services: [{ metadata: { name: 'web', namespace: 'default' }, spec: { clusterIP: '10.96.1.1', ports: [{ port: 8080, protocol: 'TCP' }] } }, { metadata: { name: 'web2', namespace: 'default' }, spec: { clusterIP: '10.96.1.2', ports: [{ port: 8080, protocol: 'TCP' }] } }],
    slices: [slice('web', [webPod], 8080)],
    pods: [controller, webPod],
    nodes: [node('minikube', '192.168.49.2')],
    ingresses: [example],
    ingressClasses: [{ metadata: { name: 'nginx' }, spec: { controller: 'k8s.io/ingress-nginx' } }],
  });
  const net = new ClusterNetwork({ view, clock: new ManualClock(Date.UTC(2024, 5, 1)), seed: 1, nodeServer: () => server, hostIP: '192.168.49.1', apiServerPort: 8443, apiServerIP: '192.168.49.2' });
  const get = (host: string, path = '/') => net.http(HOST, '192.168.49.2', { method: 'GET', host: '192.168.49.2', port: 80, path, headers: { Host: host }, userAgent: 'curl/8.5.0' });

  it('reaches the Service named by the Host header', () => {
    const r = get('hello-world.example');
    expect(r.kind === 'response' && r.response.body).toBe('Hello, world!\nVersion: 1.0.0\nHostname: web-1\n');
  });

  it('answers its own 404 and 503 pages', () => {
    const notFound = get('nobody.example');
    expect(notFound.kind === 'response' && [notFound.response.status, notFound.response.body]).toEqual([404, '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n']);
    const unavailable = get('hello-world.example', '/v2');
    expect(unavailable.kind === 'response' && [unavailable.response.status, unavailable.response.reason]).toEqual([503, 'Service Temporarily Unavailable']);
  });
});
