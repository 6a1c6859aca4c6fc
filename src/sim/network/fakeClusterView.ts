/** A ClusterView over plain objects, for tests of DNS, routing, policy and ingress without a cluster. */
import type { Namespace, Node, Pod, Service } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { Ingress, IngressClass, NetworkPolicy } from 'kubernetes-types/networking/v1';
import type { ClusterView } from './clusterView';

export interface FakeObjects {
  services?: Service[];
  slices?: EndpointSlice[];
  pods?: Pod[];
  nodes?: Node[];
  namespaces?: Namespace[];
  ingresses?: Ingress[];
  ingressClasses?: IngressClass[];
  policies?: NetworkPolicy[];
}

const ns = (o: { metadata?: { namespace?: string } }) => o.metadata?.namespace ?? 'default';

export function fakeClusterView(o: FakeObjects): ClusterView {
  return {
    service: (namespace, name) => o.services?.find((s) => ns(s) === namespace && s.metadata?.name === name),
    services: () => o.services ?? [],
    endpointSlices: (namespace, service) => (o.slices ?? []).filter((s) => ns(s) === namespace && s.metadata?.labels?.['kubernetes.io/service-name'] === service),
    pod: (namespace, name) => o.pods?.find((p) => ns(p) === namespace && p.metadata?.name === name),
    pods: (namespace) => (o.pods ?? []).filter((p) => namespace === undefined || ns(p) === namespace),
    podByIP: (ip) => o.pods?.find((p) => p.status?.podIP === ip),
    nodes: () => o.nodes ?? [],
    namespace: (name) => o.namespaces?.find((n) => n.metadata?.name === name),
    ingresses: () => o.ingresses ?? [],
    ingressClasses: () => o.ingressClasses ?? [],
    networkPolicies: (namespace) => (o.policies ?? []).filter((p) => ns(p) === namespace),
  };
}

/** A Running pod with an IP, ready or not. */
export function pod(name: string, ip: string, labels: Record<string, string>, opts: { namespace?: string; ready?: boolean; node?: string; hostname?: string; subdomain?: string; image?: string } = {}): Pod {
  return {
    metadata: { name, namespace: opts.namespace ?? 'default', labels, uid: `uid-${name}` },
    spec: { nodeName: opts.node ?? 'minikube', ...(opts.hostname ? { hostname: opts.hostname } : {}), ...(opts.subdomain ? { subdomain: opts.subdomain } : {}), containers: [{ name: 'c', image: opts.image ?? 'nginx', ports: [{ name: 'http', containerPort: 80 }] }] },
    status: { phase: 'Running', podIP: ip, conditions: [{ type: 'Ready', status: opts.ready === false ? 'False' : 'True' }] },
  };
}

/** The EndpointSlice the controller would write for these pods. */
export function slice(service: string, pods: Pod[], port: number, portName?: string, namespace = 'default'): EndpointSlice {
  const ready = (p: Pod) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
  return {
    metadata: { name: `${service}-abcde`, namespace, labels: { 'kubernetes.io/service-name': service } },
    addressType: 'IPv4',
    endpoints: pods.map((p) => ({ addresses: [p.status!.podIP!], conditions: { ready: ready(p), serving: ready(p) }, nodeName: p.spec?.nodeName, targetRef: { kind: 'Pod', name: p.metadata?.name, namespace } })),
    ports: [{ port, protocol: 'TCP', ...(portName ? { name: portName } : {}) }],
  };
}

export function node(name: string, ip: string): Node {
  return { metadata: { name, labels: { 'node-role.kubernetes.io/control-plane': '' } }, status: { addresses: [{ type: 'InternalIP', address: ip }] } };
}
