/**
 * Where a packet to (IP, port) ends up, seen from its origin: through a Service frontend
 * (ClusterIP, NodePort, LoadBalancer) to an endpoint, to a pod IP, to a hostPort on a node, or
 * nowhere. The learner's machine is the minikube host: it reaches node IPs and load-balancer IPs,
 * but ClusterIPs and pod IPs are not routed to it and time out. On MicroK8s the learner types on
 * the node itself, where kube-proxy's rules and the CNI's routes make everything reachable.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { nodeInternalIP, type ClusterView } from './clusterView';
import { isClusterIP, matchService, type ServiceProxy } from './serviceProxy';
import type { Peer } from './networkPolicy';

export type Hop =
  | { kind: 'pod'; pod: Pod; port: number; clientIP: string }
  /** A host-network component (the API server) listening on a node address. */
  | { kind: 'apiserver' }
  | { kind: 'refused' }
  | { kind: 'timeout' };

/** The bridge address a masqueraded NodePort connection appears to come from (`cni0`). */
function bridgeIP(podIP: string): string {
  return podIP.replace(/\.\d+$/, '.1');
}

function podByHostPort(view: ClusterView, nodeName: string, port: number): { pod: Pod; containerPort: number } | undefined {
  for (const pod of view.pods()) {
    if (pod.spec?.nodeName !== nodeName || pod.status?.phase !== 'Running') continue;
    for (const c of pod.spec.containers) {
      const p = c.ports?.find((x) => x.hostPort === port && (x.protocol ?? 'TCP') === 'TCP');
      if (p) return { pod, containerPort: p.containerPort };
    }
  }
  return undefined;
}

/** Who dials: a pod, or the learner's machine (`hostNodeIP`: the node it is, if any). */
export interface RouteOrigin {
  from: Peer;
  fromHost: boolean;
  hostNodeIP?: string;
}

/** Where the API server listens: its node's address and port. */
export interface ApiServerAddress {
  ip: string;
  port: number;
}

export function route(view: ClusterView, proxy: ServiceProxy, origin: RouteOrigin, ip: string, port: number, now: number, apiServer: ApiServerAddress): Hop {
  const { from, fromHost, hostNodeIP } = origin;
  // A node's own localhost: kube-proxy accepts NodePorts there (route_localnet), the API server listens.
  if (fromHost && hostNodeIP && ip === '127.0.0.1') return route(view, proxy, origin, hostNodeIP, port, now, apiServer);
  const offCluster = fromHost && !hostNodeIP;
  const match = matchService(view, ip, port);
  if (match) {
    if (offCluster && match.frontend === 'clusterIP') return { kind: 'timeout' };
    const backend = proxy.pick(match, from.ip, now);
    if (!backend) return { kind: 'refused' };
    const pod = backend.pod ? view.pod(backend.namespace ?? '', backend.pod) : view.podByIP(backend.ip);
    if (!pod) return backend.port === apiServer.port ? { kind: 'apiserver' } : { kind: 'timeout' };
    const masquerade = match.frontend !== 'clusterIP' && match.service.spec?.externalTrafficPolicy !== 'Local';
    return { kind: 'pod', pod, port: backend.port, clientIP: masquerade ? bridgeIP(backend.ip) : from.ip };
  }
  if (isClusterIP(view, ip)) return { kind: 'timeout' };
  const node = view.nodes().find((n) => nodeInternalIP(n) === ip);
  if (node) {
    if (port === apiServer.port && ip === apiServer.ip) return { kind: 'apiserver' };
    const bound = podByHostPort(view, node.metadata?.name ?? '', port);
    return bound ? { kind: 'pod', pod: bound.pod, port: bound.containerPort, clientIP: from.ip } : { kind: 'refused' };
  }
  if (ip === '127.0.0.1' || ip === 'localhost') {
    return from.pod ? { kind: 'pod', pod: from.pod, port, clientIP: '127.0.0.1' } : { kind: 'refused' };
  }
  const pod = view.podByIP(ip);
  if (pod && !offCluster) return { kind: 'pod', pod, port, clientIP: from.ip };
  return { kind: 'timeout' };
}
