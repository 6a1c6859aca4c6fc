import { describe, expect, it } from 'vitest';
import type { Service } from 'kubernetes-types/core/v1';
import type { NetworkPolicy } from 'kubernetes-types/networking/v1';
import { ManualClock } from '../../common/clock';
import type { NodeServer, PodHttpRequest } from '../client/types';
import { ClusterNetwork } from './clusterNetwork';
import { fakeClusterView, node, pod, slice, type FakeObjects } from './fakeClusterView';
import { HOST, type HttpRequest, type Origin } from './types';

const web = [pod('web-a', '10.244.0.5', { app: 'web' }), pod('web-b', '10.244.0.6', { app: 'web' }), pod('web-c', '10.244.0.7', { app: 'web' }, { ready: false })];
const client = pod('client', '10.244.0.9', { run: 'client' });
const webSvc: Service = { metadata: { name: 'web', namespace: 'default' }, spec: { type: 'NodePort', clusterIP: '10.96.0.50', selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080, nodePort: 30080, protocol: 'TCP' }] } };
const emptySvc: Service = { metadata: { name: 'empty', namespace: 'default' }, spec: { clusterIP: '10.96.0.60', ports: [{ port: 80, protocol: 'TCP' }] } };

/** Answers like a pod serving its own name on 8080; records who asked. */
function fakeKubelet(seen: { pod: string; port: number; req: PodHttpRequest }[]): NodeServer {
  return {
    logs: () => '',
    http: (_ns, name, port, req) => {
      seen.push({ pod: name, port, req });
      return port === 8080 ? { listening: true, response: { status: 200, contentType: 'text/plain', body: `${name}\n` }, image: 'gcr.io/google-samples/hello-app:1.0' } : { listening: false };
    },
  };
}

function network(extra: FakeObjects = {}) {
  const seen: { pod: string; port: number; req: PodHttpRequest }[] = [];
  const view = fakeClusterView({ services: [webSvc, emptySvc], slices: [slice('web', web, 8080)], pods: [...web, client], nodes: [node('minikube', '192.168.49.2')], namespaces: [{ metadata: { name: 'default' } }], ...extra });
  const server = fakeKubelet(seen);
  const net = new ClusterNetwork({ view, clock: new ManualClock(0), seed: 7, nodeServer: () => server, hostIP: '192.168.49.1', apiServerPort: 8443, apiServerIP: '192.168.49.2' });
  return { net, seen };
}

const get = (host: string, port = 80): HttpRequest => ({ method: 'GET', host, port, path: '/', headers: {}, userAgent: 'curl/8.5.0' });
const fromClient: Origin = { kind: 'pod', namespace: 'default', name: 'client' };

describe('kube-proxy routing', () => {
  it('spreads requests over ready endpoints only, mapping port to targetPort', () => {
    const { net, seen } = network();
    for (let i = 0; i < 40; i++) expect(net.http(fromClient, '10.96.0.50', get('web')).kind).toBe('response');
    expect(new Set(seen.map((s) => s.pod))).toEqual(new Set(['web-a', 'web-b']));
    expect(seen.every((s) => s.port === 8080 && s.req.clientIP === '10.244.0.9')).toBe(true);
  });

  it('pins a client with sessionAffinity ClientIP', () => {
    const { net, seen } = network({ services: [{ ...webSvc, spec: { ...webSvc.spec, sessionAffinity: 'ClientIP' } }] });
    for (let i = 0; i < 10; i++) net.http(fromClient, '10.96.0.50', get('web'));
    expect(new Set(seen.map((s) => s.pod)).size).toBe(1);
  });

  const cases: [string, Origin, string, number, string][] = [
    ['a Service without endpoints rejects', fromClient, '10.96.0.60', 80, 'refused'],
    ['an undeclared port on a ClusterIP drops', fromClient, '10.96.0.50', 81, 'timeout'],
    ['a pod port nobody listens on refuses', fromClient, '10.244.0.5', 80, 'refused'],
    ['a pod IP directly answers', fromClient, '10.244.0.5', 8080, 'response'],
    ['the host cannot reach a ClusterIP', HOST, '10.96.0.50', 80, 'timeout'],
    ['the host cannot reach a pod IP', HOST, '10.244.0.5', 8080, 'timeout'],
    ['the host reaches the NodePort on the node IP', HOST, '192.168.49.2', 30080, 'response'],
    ['nothing on another node port', HOST, '192.168.49.2', 31000, 'refused'],
    ['an unknown address drops', fromClient, '10.0.0.1', 80, 'timeout'],
  ];
  it.each(cases)('%s', (_n, origin, ip, port, kind) => {
    const { net } = network();
    expect(net.http(origin, ip, get(ip, port)).kind).toBe(kind);
  });

  it('relays localhost on the host to a pod while a port-forward listens', () => {
    const { net, seen } = network();
    expect(net.http(HOST, '127.0.0.1', get('localhost', 8080)).kind).toBe('refused');
    const stop = net.listenOnHost(8080, net.forwardToPod('default', 'web-c', 8080));
    expect(net.http(HOST, '127.0.0.1', get('localhost', 8080)).kind).toBe('response');
    expect(seen.at(-1)).toMatchObject({ pod: 'web-c', port: 8080 });
    stop();
    expect(net.http(HOST, '127.0.0.1', get('localhost', 8080)).kind).toBe('refused');
  });

  it('answers on a LoadBalancer IP only once one is assigned', () => {
    const pending = network().net;
    expect(pending.http(HOST, '10.110.0.1', get('10.110.0.1')).kind).toBe('timeout');
    const lb: Service = { ...webSvc, spec: { ...webSvc.spec, type: 'LoadBalancer' }, status: { loadBalancer: { ingress: [{ ip: '10.110.0.1' }] } } };
    expect(network({ services: [lb] }).net.http(HOST, '10.110.0.1', get('10.110.0.1')).kind).toBe('response');
  });

  it('masquerades NodePort traffic to the bridge address and counts requests per pod', () => {
    const { net, seen } = network();
    net.http(HOST, '192.168.49.2', get('192.168.49.2', 30080));
    expect(seen[0].req.clientIP).toBe('10.244.0.1');
    const total = ['web-a', 'web-b'].map((n) => net.requestStats(`uid-${n}`).requests).reduce((a, b) => a + b);
    expect(total).toBe(1);
  });
});

describe('NetworkPolicy enforcement', () => {
  const denyAll: NetworkPolicy = { metadata: { name: 'deny', namespace: 'default' }, spec: { podSelector: {}, policyTypes: ['Ingress'] } };
  const allowClient: NetworkPolicy = { metadata: { name: 'allow', namespace: 'default' }, spec: { podSelector: { matchLabels: { app: 'web' } }, ingress: [{ from: [{ podSelector: { matchLabels: { run: 'client' } } }], ports: [{ port: 8080 }] }] } };
  const allowOtherPort: NetworkPolicy = { metadata: { name: 'allow', namespace: 'default' }, spec: { podSelector: { matchLabels: { app: 'web' } }, ingress: [{ from: [{ podSelector: { matchLabels: { run: 'client' } } }], ports: [{ port: 9090 }] }] } };
  const allowBlock: NetworkPolicy = { metadata: { name: 'allow', namespace: 'default' }, spec: { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '10.244.0.0/16', except: ['10.244.0.9/32'] } }] }] } };
  const egressDeny: NetworkPolicy = { metadata: { name: 'egress', namespace: 'default' }, spec: { podSelector: { matchLabels: { run: 'client' } }, policyTypes: ['Egress'] } };
  const cases: [string, NetworkPolicy[], string][] = [
    ['no policy: open', [], 'response'],
    ['deny-all ingress drops', [denyAll], 'timeout'],
    ['deny-all plus an allow for the client', [denyAll, allowClient], 'response'],
    ['allowed peer on another port only', [denyAll, allowOtherPort], 'timeout'],
    ['ipBlock except excludes the client', [allowBlock], 'timeout'],
    ['egress deny-all on the sender', [egressDeny], 'timeout'],
  ];
  it.each(cases)('%s', (_n, policies, kind) => {
    const { net } = network({ policies });
    expect(net.http(fromClient, '10.96.0.50', get('web')).kind).toBe(kind);
  });

  it('egress deny-all also stops DNS', () => {
    const dns = pod('coredns-x', '10.244.0.2', { 'k8s-app': 'kube-dns' }, { namespace: 'kube-system' });
    const open = network({ pods: [...web, client, dns] }).net;
    expect(open.resolve(fromClient, 'web').kind).not.toBe('TIMEOUT');
    const closed = network({ pods: [...web, client, dns], policies: [egressDeny] }).net;
    expect(closed.resolve(fromClient, 'web').kind).toBe('TIMEOUT');
  });
});
