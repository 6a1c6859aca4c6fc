/** Service rows (printService): CLUSTER-IP, EXTERNAL-IP by service type, PORT(S). */
import type { Service, ServicePort } from 'kubernetes-types/core/v1';
import { translateTimestampSince } from '../age';
import { formatLabels } from '../labels';
import { ageColumn, col, nameColumn, type TableConvertor } from './types';

export const serviceTable: TableConvertor<Service> = {
  columns: [nameColumn, col('Type'), col('Cluster-IP'), col('External-IP'), col('Port(s)'), ageColumn, col('Selector', 1)],
  cells(svc, now) {
    return [
      svc.metadata?.name ?? '',
      svc.spec?.type ?? '',
      svc.spec?.clusterIPs?.[0] ?? '<none>',
      serviceExternalIP(svc),
      makePortString(svc.spec?.ports) || '<none>',
      translateTimestampSince(svc.metadata?.creationTimestamp, now),
      formatLabels(svc.spec?.selector),
    ];
  },
};

/** getServiceExternalIP as the server computes it (always "wide", so never clipped). */
export function serviceExternalIP(svc: Service): string {
  const externalIPs = svc.spec?.externalIPs ?? [];
  switch (svc.spec?.type) {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length > 0 ? externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      const lbIPs = loadBalancerIPs(svc);
      if (externalIPs.length > 0) return [...lbIPs, ...externalIPs].join(',');
      return lbIPs.length > 0 ? lbIPs.join(',') : '<pending>';
    }
    case 'ExternalName':
      return svc.spec.externalName ?? '';
    default:
      return '<unknown>';
  }
}

function loadBalancerIPs(svc: Service): string[] {
  const set = new Set<string>();
  for (const ingress of svc.status?.loadBalancer?.ingress ?? []) {
    if (ingress.ip) set.add(ingress.ip);
    else if (ingress.hostname) set.add(ingress.hostname);
  }
  return [...set].sort();
}

/** `80/TCP`, or `80:30080/TCP` when a node port is allocated, joined by commas. */
export function makePortString(ports: ServicePort[] | undefined): string {
  return (ports ?? [])
    .map((p) => (p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol ?? ''}` : `${p.port}/${p.protocol ?? ''}`))
    .join(',');
}
