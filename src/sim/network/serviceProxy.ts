/**
 * kube-proxy in iptables mode: which Service an (IP, port) stands for — a ClusterIP, a NodePort
 * on any node, a LoadBalancer or external IP — and which endpoint a new connection is DNATed to.
 * iptables picks with `--probability`, i.e. at random: repeated requests spread over the ready
 * endpoints. `sessionAffinity: ClientIP` pins a client to its first pick for the timeout.
 */
import type { Service, ServicePort } from 'kubernetes-types/core/v1';
import type { Endpoint } from 'kubernetes-types/discovery/v1';
import type { Rng } from '../../common/rng';
import { nodeInternalIP, type ClusterView } from './clusterView';

export type Frontend = 'clusterIP' | 'nodePort' | 'loadBalancer';

export interface ServiceMatch {
  service: Service;
  port: ServicePort;
  frontend: Frontend;
  /** The node whose IP was dialled (NodePort), for `externalTrafficPolicy: Local`. */
  nodeName?: string;
}

export interface Backend {
  ip: string;
  port: number;
  namespace?: string;
  pod?: string;
}

const DEFAULT_AFFINITY_SECONDS = 10800;

/** The Service behind a destination, or undefined when kube-proxy has no rule for it. */
export function matchService(view: ClusterView, ip: string, port: number, protocol = 'TCP'): ServiceMatch | undefined {
  const samePort = (p: ServicePort) => (p.protocol ?? 'TCP') === protocol;
  const node = view.nodes().find((n) => nodeInternalIP(n) === ip);
  for (const service of view.services()) {
    const spec = service.spec ?? {};
    if (spec.type === 'ExternalName') continue;
    for (const sp of spec.ports ?? []) {
      if (!samePort(sp)) continue;
      // Checked first: `minikube tunnel` on Linux publishes the ClusterIP itself as the external IP.
      if (sp.port === port && service.status?.loadBalancer?.ingress?.some((i) => i.ip === ip)) return { service, port: sp, frontend: 'loadBalancer' };
      if (sp.port === port && (spec.clusterIP === ip || spec.externalIPs?.includes(ip))) return { service, port: sp, frontend: 'clusterIP' };
      if (node && sp.nodePort === port) return { service, port: sp, frontend: 'nodePort', nodeName: node.metadata?.name };
    }
  }
  return undefined;
}

/** True when `ip` is some Service's ClusterIP (dialling an unknown port on it times out). */
export function isClusterIP(view: ClusterView, ip: string): boolean {
  return view.services().some((s) => s.spec?.clusterIP === ip);
}

export class ServiceProxy {
  private readonly affinity = new Map<string, { backend: Backend; at: number }>();

  constructor(
    private readonly view: ClusterView,
    private readonly rng: Rng,
  ) {}

  /** The endpoint a new connection goes to, or undefined when there is none (kube-proxy REJECTs). */
  pick(match: ServiceMatch, clientIP: string, now: number): Backend | undefined {
    const candidates = this.backends(match);
    if (!candidates.length) return undefined;
    const svc = match.service;
    const key = `${svc.metadata?.namespace}/${svc.metadata?.name}/${match.port.port}/${clientIP}`;
    if (svc.spec?.sessionAffinity === 'ClientIP') {
      const timeout = svc.spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? DEFAULT_AFFINITY_SECONDS;
      const held = this.affinity.get(key);
      const still = held && now - held.at < timeout * 1000 && candidates.find((b) => b.ip === held.backend.ip && b.port === held.backend.port);
      const chosen = still || this.rng.pick(candidates);
      this.affinity.set(key, { backend: chosen, at: now });
      return chosen;
    }
    return this.rng.pick(candidates);
  }

  /** Ready endpoints; when none is ready, the serving-but-terminating ones (kube-proxy's fallback). */
  backends(match: ServiceMatch): Backend[] {
    const svc = match.service;
    const ns = svc.metadata?.namespace ?? 'default';
    const local = match.frontend !== 'clusterIP' && svc.spec?.externalTrafficPolicy === 'Local';
    const ready: Backend[] = [];
    const serving: Backend[] = [];
    for (const slice of this.view.endpointSlices(ns, svc.metadata?.name ?? '')) {
      const sp = slice.ports?.find((p) => (p.name ?? '') === (match.port.name ?? ''));
      if (!sp?.port) continue;
      for (const e of slice.endpoints ?? []) {
        if (local && e.nodeName !== match.nodeName) continue;
        const backend = toBackend(e, sp.port, ns);
        if (e.conditions?.ready !== false) ready.push(backend);
        else if (e.conditions?.serving) serving.push(backend);
      }
    }
    const list = ready.length ? ready : serving;
    return list.sort((a, b) => a.ip.localeCompare(b.ip, 'en', { numeric: true }));
  }
}

function toBackend(e: Endpoint, port: number, namespace: string): Backend {
  const pod = e.targetRef?.kind === 'Pod' ? e.targetRef.name : undefined;
  return { ip: e.addresses[0], port, ...(pod ? { pod, namespace: e.targetRef?.namespace ?? namespace } : {}) };
}
