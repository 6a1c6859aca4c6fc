/**
 * What the data plane reads about the cluster, as lookups over informer caches. Keeping it an
 * interface lets DNS, kube-proxy and policy logic be tested with plain objects.
 */
import type { Namespace, Node, Pod, Service } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { Ingress, IngressClass, NetworkPolicy } from 'kubernetes-types/networking/v1';

export interface ClusterView {
  service(namespace: string, name: string): Service | undefined;
  services(): Service[];
  /** The EndpointSlices labelled `kubernetes.io/service-name=<service>`. */
  endpointSlices(namespace: string, service: string): EndpointSlice[];
  pod(namespace: string, name: string): Pod | undefined;
  pods(namespace?: string): Pod[];
  podByIP(ip: string): Pod | undefined;
  nodes(): Node[];
  namespace(name: string): Namespace | undefined;
  ingresses(): Ingress[];
  ingressClasses(): IngressClass[];
  networkPolicies(namespace: string): NetworkPolicy[];
}

export const CLUSTER_DOMAIN = 'cluster.local';

export function nodeInternalIP(node: Node): string | undefined {
  return node.status?.addresses?.find((a) => a.type === 'InternalIP')?.address;
}

export function podIsReady(pod: Pod): boolean {
  return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}
