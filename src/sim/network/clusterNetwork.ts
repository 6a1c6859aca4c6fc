/**
 * The cluster's data plane behind `curl`, `wget`, `nslookup` and `ping`: CoreDNS answers,
 * kube-proxy routes, the CNI enforces NetworkPolicy, ingress-nginx proxies, and the pod's kubelet
 * hands the request to the container (whose access log then shows it). Reads the cluster only
 * through informers.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { Clock } from '../../common/clock';
import { Rng } from '../../common/rng';
import type { SharedInformerFactory } from '../client/informer';
import type { NodeServer, PodHttpRequest } from '../client/types';
import { podIsReady, type ClusterView } from './clusterView';
import { isIPv4, resolveFromPod } from './dns';
import { InformerView } from './informerView';
import { internetAddress, internetResponse, isInternetAddress } from './internet';
import { proxyIngress, isIngressController } from './ingressProxy';
import { policyAllows, type Peer } from './networkPolicy';
import { RequestLedger, requestCpuMs } from './requestLedger';
import { podResponse } from './responseHeaders';
import { anonymousApiResponse } from './apiServerAnonymous';
import { route, type Hop } from './routing';
import { ServiceProxy } from './serviceProxy';
import type { DnsAnswer, HttpRequest, Origin, Outcome, RequestStats } from './types';

export interface ClusterNetworkDeps {
  informers?: SharedInformerFactory;
  /** Instead of informers: a view over fixed objects (tests). */
  view?: ClusterView;
  clock: Clock;
  /** Seeds kube-proxy's endpoint choice (its own stream: curls do not shift generated names). */
  seed: number;
  /** The kubelet that serves a node's pod ports. */
  nodeServer(nodeName: string): NodeServer | undefined;
  /** The learner's machine on the node network (minikube's docker bridge gateway). */
  hostIP: string;
  /** Where the API server listens on the control-plane node (8443 on minikube, 6443 kubeadm). */
  apiServerPort: number;
  apiServerIP: string;
  /** Set when the learner's machine is a node (MicroK8s): its address; `hostIP` is then the same. */
  hostNodeIP?: string;
}

const KUBE_DNS = { namespace: 'kube-system', name: 'kube-dns' };
/** What Go's TLS server answers to plain HTTP, the API server included. */
const TLS_ANSWER = { status: 400, reason: 'Bad Request', headers: [] as [string, string][], body: 'Client sent an HTTP request to an HTTPS server.\n' };

export class ClusterNetwork {
  readonly view: ClusterView;
  private readonly proxy: ServiceProxy;
  private readonly ledger = new RequestLedger();
  private readonly hostListeners = new Map<number, (req: HttpRequest) => Outcome>();

  constructor(private readonly deps: ClusterNetworkDeps) {
    this.view = deps.view ?? new InformerView(deps.informers!);
    this.proxy = new ServiceProxy(this.view, new Rng(deps.seed ^ 0x6b707278));
  }

  /** The node a host origin stands on: the one `minikube ssh` entered, or the learner's machine (MicroK8s). */
  private hostNodeIP(origin: Origin): string | undefined {
    return origin.kind === 'host' ? (origin.nodeIP ?? this.deps.hostNodeIP) : undefined;
  }

  /** The pod an origin names, when it exists and has an IP. */
  podOf(origin: Origin): Pod | undefined {
    if (origin.kind === 'host') return undefined;
    const pod = this.view.pod(origin.namespace, origin.name);
    return pod?.status?.podIP ? pod : undefined;
  }

  /** The source address a connection from this origin carries. */
  sourceIP(origin: Origin): string {
    return this.podOf(origin)?.status?.podIP ?? this.hostNodeIP(origin) ?? this.deps.hostIP;
  }

  /** The resolver an origin asks: kube-dns's ClusterIP inside pods. */
  nameserver(origin: Origin): string {
    if (origin.kind === 'host') return '127.0.0.53';
    return this.view.service(KUBE_DNS.namespace, KUBE_DNS.name)?.spec?.clusterIP ?? '10.96.0.10';
  }

  /**
   * Resolves a name as the origin's resolver would. The host knows IPs, `localhost` and its
   * `/etc/hosts` (`hosts`); pods ask CoreDNS, which needs egress to kube-dns on 53/UDP.
   */
  resolve(origin: Origin, name: string, hosts: Record<string, string> = {}): DnsAnswer {
    if (isIPv4(name)) return { kind: 'A', name, addresses: [name] };
    if (name === 'localhost') return { kind: 'A', name, addresses: ['127.0.0.1'] };
    if (origin.kind === 'host') return hosts[name] ? { kind: 'A', name, addresses: [hosts[name]] } : { kind: 'NXDOMAIN', tried: [name] };
    const pod = this.podOf(origin);
    if (!pod || !this.dnsReachable(pod)) return { kind: 'TIMEOUT' };
    const answer = resolveFromPod(this.view, name, pod.metadata?.namespace ?? 'default');
    // CoreDNS forwards names outside cluster.local upstream: the few public sites of internet.ts.
    const publicIP = answer.kind === 'NXDOMAIN' ? internetAddress(name) : undefined;
    if (publicIP) return { kind: 'A', name: name.replace(/\.$/, ''), addresses: [publicIP] };
    if (answer.kind !== 'CNAME') return answer;
    const next = resolveFromPod(this.view, `${answer.target}.`, pod.metadata?.namespace ?? 'default');
    return next.kind === 'A' ? { ...next, name: answer.name, cname: answer.target } : { kind: 'NXDOMAIN', tried: [answer.target] };
  }

  private dnsReachable(pod: Pod): boolean {
    const dnsPods = this.view.pods(KUBE_DNS.namespace).filter((p) => p.metadata?.labels?.['k8s-app'] === 'kube-dns' && podIsReady(p) && p.status?.podIP);
    const from: Peer = { pod, ip: pod.status?.podIP ?? '' };
    return dnsPods.some((p) => policyAllows(this.view, { from, to: { pod: p, ip: p.status!.podIP! }, port: 53, protocol: 'UDP' }));
  }

  /**
   * A listener on the host's 127.0.0.1 (`kubectl port-forward`, `kubectl proxy`): requests the host
   * sends to `localhost:port` go to `handler`. Returns the function that stops listening.
   */
  listenOnHost(port: number, handler: (req: HttpRequest) => Outcome): () => void {
    this.hostListeners.set(port, handler);
    return () => {
      if (this.hostListeners.get(port) === handler) this.hostListeners.delete(port);
    };
  }

  /** What `kubectl port-forward` relays to: the pod's own port, through its kubelet, policy-free. */
  forwardToPod(namespace: string, name: string, port: number): (req: HttpRequest) => Outcome {
    return (req) => {
      const pod = this.view.pod(namespace, name);
      return pod ? this.deliverToPod(pod, port, req, '127.0.0.1', '127.0.0.1') : { kind: 'refused', ip: '127.0.0.1' };
    };
  }

  /** One HTTP exchange from an origin to an address (resolve names first with `resolve`). */
  http(origin: Origin, ip: string, req: HttpRequest): Outcome {
    // Port-forwards listen on the learner's machine, not on a node `minikube ssh` entered.
    const local = origin.kind === 'host' && !origin.nodeIP && ip === '127.0.0.1' ? this.hostListeners.get(req.port) : undefined;
    if (local) return local(req);
    const pod = this.podOf(origin);
    if (origin.kind === 'pod' && !pod) return { kind: 'timeout', ip };
    if (pod) this.ledger.recordClient(pod.metadata?.uid ?? '');
    if (pod && isInternetAddress(ip)) return { kind: 'response', ip, response: internetResponse(ip, req, this.deps.clock.now()), serverMs: 120 };
    const from: Peer = pod ? { pod, ip: pod.status!.podIP! } : { ip: this.hostNodeIP(origin) ?? this.deps.hostIP };
    const now = this.deps.clock.now();
    const routeOrigin = { from, fromHost: origin.kind === 'host', hostNodeIP: this.hostNodeIP(origin) };
    const hop = route(this.view, this.proxy, routeOrigin, ip, req.port, now, { ip: this.deps.apiServerIP, port: this.deps.apiServerPort });
    return this.deliver(from, hop, ip, req);
  }

  private deliver(from: Peer, hop: Hop, ip: string, req: HttpRequest): Outcome {
    if (hop.kind === 'refused' || hop.kind === 'timeout') return { kind: hop.kind, ip };
    if (hop.kind === 'apiserver' && req.tls && !req.insecure) return { kind: 'untrusted', ip, selfSigned: false };
    if (hop.kind === 'apiserver') return req.tls ? { kind: 'response', ip, response: anonymousApiResponse(req.method, req.path, this.deps.clock.now()) } : { kind: 'response', ip, response: TLS_ANSWER };
    const podIP = hop.pod.status?.podIP ?? '';
    if (!policyAllows(this.view, { from: { ...from, ip: hop.clientIP === '127.0.0.1' ? podIP : hop.clientIP }, to: { pod: hop.pod, ip: podIP }, port: hop.port, protocol: 'TCP' })) return { kind: 'timeout', ip };
    if (isIngressController(hop.pod) && (hop.port === 80 || hop.port === 443)) {
      if (!podIsReady(hop.pod)) return { kind: 'refused', ip };
      if (req.tls && !req.insecure) return { kind: 'untrusted', ip, selfSigned: true };
      const forward = (to: Pod, port: number, path: string) => this.deliverToPod(to, port, { ...req, path }, podIP);
      return { kind: 'response', ip, response: proxyIngress(this.view, this.proxy, hop.pod, req, forward, this.deps.clock.now()) };
    }
    const out = this.deliverToPod(hop.pod, hop.port, req, hop.clientIP, ip);
    return req.tls && out.kind === 'response' ? { kind: 'tlsMismatch', ip } : out;
  }

  /** Hands the request to the pod's kubelet; `ip` is what the client dialled (for error wording). */
  deliverToPod(pod: Pod, port: number, req: HttpRequest, clientIP: string, ip = pod.status?.podIP ?? ''): Outcome {
    const server = pod.spec?.nodeName ? this.deps.nodeServer(pod.spec.nodeName) : undefined;
    const defaultPort = req.port === 80 ? '' : `:${req.port}`;
    const podReq: PodHttpRequest = {
      method: req.method,
      path: req.path,
      host: req.headers.Host ?? `${req.host}${defaultPort}`,
      clientIP,
      headers: { 'user-agent': req.userAgent, ...lowerKeys(req.headers) },
    };
    const result = server?.http?.(pod.metadata?.namespace ?? 'default', pod.metadata?.name ?? '', port, podReq);
    if (!result) return { kind: 'timeout', ip };
    if (!result.listening) return { kind: 'refused', ip };
    if (!result.response) return { kind: 'empty', ip };
    const now = this.deps.clock.now();
    this.ledger.record(pod.metadata?.uid ?? '', result.image, now);
    return { kind: 'response', ip, response: podResponse(result, now), serverMs: requestCpuMs(result.image) };
  }

  /** Whether an ICMP echo gets an answer: pods and nodes do, ClusterIPs (iptables VIPs) never. */
  ping(origin: Origin, ip: string): boolean {
    const pod = this.podOf(origin);
    if (ip === '127.0.0.1' || this.view.nodes().some((n) => n.status?.addresses?.some((a) => a.address === ip))) return true;
    const target = this.view.podByIP(ip);
    if (target && origin.kind === 'host' && this.hostNodeIP(origin)) return target.status?.phase === 'Running';
    if (!target || origin.kind === 'host' || !pod) return false;
    // ICMP is neither TCP nor UDP: an isolated pod answers only peers a port-less rule admits.
    const conn = { from: { pod, ip: pod.status!.podIP! }, to: { pod: target, ip }, port: 0, protocol: 'TCP' as const };
    return target.status?.phase === 'Running' && policyAllows(this.view, conn);
  }

  /** Cumulative requests and their CPU cost for a pod (by uid), for metrics-server and the HPA. */
  requestStats(podUid: string): RequestStats {
    return this.ledger.get(podUid);
  }
}

function lowerKeys(h: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(h).filter(([k]) => k.toLowerCase() !== 'host').map(([k, v]) => [k.toLowerCase(), v]));
}
