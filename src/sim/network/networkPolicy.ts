/**
 * NetworkPolicy as a conforming CNI enforces it: a pod is isolated in a direction once any
 * policy selecting it lists that direction; then a connection passes only if some rule of some
 * selecting policy admits the peer and the port. Policies are additive; there is no deny rule.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort } from 'kubernetes-types/networking/v1';
import { matches, selectorFromLabelSelector } from '../api/labels';
import type { ClusterView } from './clusterView';

/** One end of a connection: a pod, or a bare address (the node, the host, an external client). */
export type Peer = { pod: Pod; ip: string } | { pod?: undefined; ip: string };

export interface Connection {
  from: Peer;
  to: Peer;
  port: number;
  protocol: 'TCP' | 'UDP';
}

function policyTypes(p: NetworkPolicy): string[] {
  if (p.spec?.policyTypes?.length) return p.spec.policyTypes;
  return p.spec?.egress ? ['Ingress', 'Egress'] : ['Ingress'];
}

function selecting(view: ClusterView, pod: Pod, direction: 'Ingress' | 'Egress'): NetworkPolicy[] {
  const ns = pod.metadata?.namespace ?? 'default';
  return view.networkPolicies(ns).filter((p) => policyTypes(p).includes(direction) && matches(selectorFromLabelSelector(p.spec?.podSelector ?? {}), pod.metadata?.labels));
}

function ipToNumber(ip: string): number {
  return ip.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
}

export function inCidr(ip: string, cidr: string): boolean {
  const [base, bitsText] = cidr.split('/');
  const bits = Number(bitsText ?? 32);
  if (bits === 0) return true;
  const mask = 2 ** 32 - 2 ** (32 - bits);
  return (ipToNumber(ip) & mask) >>> 0 === (ipToNumber(base) & mask) >>> 0;
}

function peerMatches(view: ClusterView, rule: NetworkPolicyPeer, policyNamespace: string, peer: Peer): boolean {
  if (rule.ipBlock) return inCidr(peer.ip, rule.ipBlock.cidr) && !(rule.ipBlock.except ?? []).some((c) => inCidr(peer.ip, c));
  if (!peer.pod) return false;
  const podNs = peer.pod.metadata?.namespace ?? 'default';
  if (rule.namespaceSelector) {
    const ns = view.namespace(podNs);
    if (!matches(selectorFromLabelSelector(rule.namespaceSelector), { 'kubernetes.io/metadata.name': podNs, ...(ns?.metadata?.labels ?? {}) })) return false;
  } else if (podNs !== policyNamespace) return false;
  return !rule.podSelector || matches(selectorFromLabelSelector(rule.podSelector), peer.pod.metadata?.labels);
}

/** Named ports resolve against the pod the traffic is going to. */
function portMatches(rule: NetworkPolicyPort, conn: Connection): boolean {
  if ((rule.protocol ?? 'TCP') !== conn.protocol) return false;
  if (rule.port === undefined) return true;
  if (typeof rule.port === 'number') return conn.port >= rule.port && conn.port <= (rule.endPort ?? rule.port);
  if (/^\d+$/.test(rule.port)) return conn.port === Number(rule.port);
  const named = conn.to.pod?.spec?.containers.flatMap((c) => c.ports ?? []).find((p) => p.name === rule.port && (p.protocol ?? 'TCP') === conn.protocol);
  return named?.containerPort === conn.port;
}

function ruleAdmits(view: ClusterView, peers: NetworkPolicyPeer[] | undefined, ports: NetworkPolicyPort[] | undefined, policyNamespace: string, other: Peer, conn: Connection): boolean {
  const peerOk = !peers?.length || peers.some((p) => peerMatches(view, p, policyNamespace, other));
  const portOk = !ports?.length || ports.some((p) => portMatches(p, conn));
  return peerOk && portOk;
}

function admitted(view: ClusterView, pod: Pod, direction: 'Ingress' | 'Egress', other: Peer, conn: Connection): boolean {
  const policies = selecting(view, pod, direction);
  if (!policies.length) return true;
  const ns = pod.metadata?.namespace ?? 'default';
  return policies.some((p) =>
    direction === 'Ingress'
      ? (p.spec?.ingress ?? []).some((r) => ruleAdmits(view, r.from, r.ports, ns, other, conn))
      : (p.spec?.egress ?? []).some((r) => ruleAdmits(view, r.to, r.ports, ns, other, conn)),
  );
}

/** Whether the connection gets through: the sender's egress and the receiver's ingress must both admit it. */
export function policyAllows(view: ClusterView, conn: Connection): boolean {
  if (conn.from.pod && !admitted(view, conn.from.pod, 'Egress', conn.to, conn)) return false;
  if (conn.to.pod && !admitted(view, conn.to.pod, 'Ingress', conn.from, conn)) return false;
  return true;
}
