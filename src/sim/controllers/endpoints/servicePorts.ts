/**
 * Which addresses and ports a Service's endpoints hold: pods matched by the selector, split by
 * readiness, with each service port's targetPort resolved against the pod (numbers as-is, names
 * looked up among the pod's container ports). Pure, shared by Endpoints and EndpointSlices.
 */
import type { Pod, Service, ServicePort } from 'kubernetes-types/core/v1';

export interface ResolvedPort {
  name?: string;
  port: number;
  protocol: string;
  appProtocol?: string;
}

export interface EndpointCandidate {
  pod: Pod;
  ip: string;
  ready: boolean;
  terminating: boolean;
  ports: ResolvedPort[];
}

export function podIsReady(pod: Pod): boolean {
  return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

export function resolveTargetPort(sp: ServicePort, pod: Pod): number | undefined {
  const target = sp.targetPort ?? sp.port;
  if (typeof target === 'number') return target;
  if (/^\d+$/.test(target)) return Number(target);
  for (const c of pod.spec?.containers ?? []) {
    const found = c.ports?.find((p) => p.name === target && (p.protocol ?? 'TCP') === (sp.protocol ?? 'TCP'));
    if (found) return found.containerPort;
  }
  return undefined;
}

/** Pods that belong in the Service's endpoints, in name order (the real controllers sort too). */
export function endpointCandidates(svc: Service, pods: Pod[]): EndpointCandidate[] {
  const publishNotReady = svc.spec?.publishNotReadyAddresses ?? false;
  const out: EndpointCandidate[] = [];
  for (const pod of [...pods].sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''))) {
    const ip = pod.status?.podIP;
    if (!ip || pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') continue;
    const terminating = !!pod.metadata?.deletionTimestamp;
    if (terminating && !publishNotReady) continue;
    const ports: ResolvedPort[] = [];
    for (const sp of svc.spec?.ports ?? []) {
      const port = resolveTargetPort(sp, pod);
      if (port !== undefined) ports.push({ ...(sp.name ? { name: sp.name } : {}), port, protocol: sp.protocol ?? 'TCP', ...(sp.appProtocol ? { appProtocol: sp.appProtocol } : {}) });
    }
    out.push({ pod, ip, ready: publishNotReady || (podIsReady(pod) && !terminating), terminating, ports });
  }
  return out;
}
