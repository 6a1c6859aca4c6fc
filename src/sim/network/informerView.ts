/** The ClusterView over shared informers: the data plane watches the API like kube-proxy and CoreDNS do. */
import type { Namespace, Node, Pod, Service } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { Ingress, IngressClass, NetworkPolicy } from 'kubernetes-types/networking/v1';
import { ENDPOINTSLICES, INGRESSCLASSES, INGRESSES, NAMESPACES, NETWORKPOLICIES, NODES, PODS, SERVICES } from '../api/resources';
import type { Informer, SharedInformerFactory } from '../client/informer';
import type { ClusterView } from './clusterView';

const BY_SERVICE = 'network/byService';
const BY_IP = 'network/byPodIP';

export class InformerView implements ClusterView {
  private readonly svc: Informer<Service>;
  private readonly slices: Informer<EndpointSlice>;
  private readonly podInf: Informer<Pod>;
  private readonly nodeInf: Informer<Node>;
  private readonly nsInf: Informer<Namespace>;
  private readonly ing: Informer<Ingress>;
  private readonly ingClass: Informer<IngressClass>;
  private readonly netpol: Informer<NetworkPolicy>;

  constructor(informers: SharedInformerFactory) {
    this.svc = informers.for<Service>(SERVICES);
    this.slices = informers.for<EndpointSlice>(ENDPOINTSLICES);
    this.podInf = informers.for<Pod>(PODS);
    this.nodeInf = informers.for<Node>(NODES);
    this.nsInf = informers.for<Namespace>(NAMESPACES);
    this.ing = informers.for<Ingress>(INGRESSES);
    this.ingClass = informers.for<IngressClass>(INGRESSCLASSES);
    this.netpol = informers.for<NetworkPolicy>(NETWORKPOLICIES);
    this.slices.addIndexer(BY_SERVICE, (s) => {
      const name = s.metadata.labels?.['kubernetes.io/service-name'];
      return name ? [`${s.metadata.namespace}/${name}`] : [];
    });
    this.podInf.addIndexer(BY_IP, (p) => (p.status?.podIP && !p.spec?.hostNetwork ? [p.status.podIP] : []));
    // Informers made after the factory started must start themselves; start() is idempotent.
    for (const inf of [this.svc, this.slices, this.podInf, this.nodeInf, this.nsInf, this.ing, this.ingClass, this.netpol]) inf.start();
  }

  service(namespace: string, name: string): Service | undefined {
    return this.svc.get(namespace, name);
  }

  services(): Service[] {
    return this.svc.list();
  }

  endpointSlices(namespace: string, service: string): EndpointSlice[] {
    return this.slices.byIndex(BY_SERVICE, `${namespace}/${service}`).sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  }

  pod(namespace: string, name: string): Pod | undefined {
    return this.podInf.get(namespace, name);
  }

  pods(namespace?: string): Pod[] {
    return this.podInf.list(namespace);
  }

  podByIP(ip: string): Pod | undefined {
    return this.podInf.byIndex(BY_IP, ip).find((p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
  }

  nodes(): Node[] {
    return this.nodeInf.list();
  }

  namespace(name: string): Namespace | undefined {
    return this.nsInf.get('', name);
  }

  ingresses(): Ingress[] {
    return this.ing.list().sort((a, b) => (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? ''));
  }

  ingressClasses(): IngressClass[] {
    return this.ingClass.list();
  }

  networkPolicies(namespace: string): NetworkPolicy[] {
    return this.netpol.list(namespace);
  }
}
