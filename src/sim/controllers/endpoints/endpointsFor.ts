/**
 * The Endpoints object for a Service (pkg/controller/endpoint): addresses grouped into subsets
 * by identical port sets, ready pods under `addresses`, others under `notReadyAddresses`.
 */
import type { EndpointAddress, EndpointSubset, Endpoints, Service } from 'kubernetes-types/core/v1';
import type { EndpointCandidate } from './servicePorts';

function address(c: EndpointCandidate): EndpointAddress {
  return {
    ip: c.ip,
    ...(c.pod.spec?.nodeName ? { nodeName: c.pod.spec.nodeName } : {}),
    targetRef: { kind: 'Pod', name: c.pod.metadata?.name, namespace: c.pod.metadata?.namespace, uid: c.pod.metadata?.uid },
  };
}

export function endpointSubsets(candidates: EndpointCandidate[]): EndpointSubset[] {
  const groups = new Map<string, EndpointSubset>();
  for (const c of candidates) {
    if (!c.ports.length) continue;
    const key = JSON.stringify(c.ports);
    let subset = groups.get(key);
    if (!subset) groups.set(key, (subset = { ports: c.ports }));
    if (c.ready) (subset.addresses ??= []).push(address(c));
    else (subset.notReadyAddresses ??= []).push(address(c));
  }
  return [...groups.values()];
}

export function desiredEndpoints(svc: Service, candidates: EndpointCandidate[]): Endpoints {
  const labels = { ...(svc.metadata?.labels ?? {}) };
  if (svc.spec?.clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
  const subsets = endpointSubsets(candidates);
  return {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name: svc.metadata?.name, namespace: svc.metadata?.namespace, ...(Object.keys(labels).length ? { labels } : {}) },
    ...(subsets.length ? { subsets } : {}),
  };
}
