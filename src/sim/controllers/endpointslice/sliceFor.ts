/**
 * The EndpointSlice for a Service (pkg/controller/endpointslice): one endpoint per pod with its
 * ready/serving/terminating conditions, owned by the Service. One slice holds up to 100
 * endpoints; the playground's Services stay well under that, so one slice per Service suffices.
 */
import type { Service } from 'kubernetes-types/core/v1';
import type { Endpoint, EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { EndpointCandidate, ResolvedPort } from '../endpoints/servicePorts';

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
export const MANAGED_BY_LABEL = 'endpointslice.kubernetes.io/managed-by';
export const MANAGED_BY = 'endpointslice-controller.k8s.io';

function endpoint(c: EndpointCandidate): Endpoint {
  return {
    addresses: [c.ip],
    conditions: { ready: c.ready, serving: c.ready || (c.terminating && isReadyCondition(c)), terminating: c.terminating },
    ...(c.pod.spec?.nodeName ? { nodeName: c.pod.spec.nodeName } : {}),
    targetRef: { kind: 'Pod', name: c.pod.metadata?.name, namespace: c.pod.metadata?.namespace, uid: c.pod.metadata?.uid },
  };
}

const isReadyCondition = (c: EndpointCandidate) => c.pod.status?.conditions?.some((x) => x.type === 'Ready' && x.status === 'True') ?? false;

export function slicePorts(candidates: EndpointCandidate[], svc: Service): ResolvedPort[] {
  const first = candidates.find((c) => c.ports.length);
  if (first) return first.ports;
  // With no pods the slice still lists the ports, unresolved named targets excepted.
  return (svc.spec?.ports ?? []).map((p) => ({ ...(p.name ? { name: p.name } : {}), port: typeof p.targetPort === 'number' ? p.targetPort : p.port, protocol: p.protocol ?? 'TCP' }));
}

export function desiredSlice(svc: Service, candidates: EndpointCandidate[]): Pick<EndpointSlice, 'addressType' | 'endpoints' | 'ports'> & { labels: Record<string, string> } {
  const labels: Record<string, string> = { ...(svc.metadata?.labels ?? {}), [SERVICE_NAME_LABEL]: svc.metadata?.name ?? '', [MANAGED_BY_LABEL]: MANAGED_BY };
  if (svc.spec?.clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
  return {
    addressType: 'IPv4',
    endpoints: candidates.map(endpoint),
    ports: slicePorts(candidates, svc),
    labels,
  };
}
