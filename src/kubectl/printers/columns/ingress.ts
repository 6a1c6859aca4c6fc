/** Ingress and IngressClass rows (printIngress, printIngressClass). */
import type { Ingress, IngressClass, IngressRule } from 'kubernetes-types/networking/v1';
import { translateTimestampSince } from '../age';
import { ageColumn, col, nameColumn, type TableConvertor } from './types';

const MAX_HOSTS = 3;

/**
 * Hosts until three are listed; a rule met after that turns on `+ N more...`, where N counts
 * rules beyond three (not hosts), as printers.go does. No host at all is `*`.
 */
function formatHosts(rules: IngressRule[]): string {
  const hosts: string[] = [];
  let more = false;
  for (const rule of rules) {
    if (hosts.length === MAX_HOSTS) more = true;
    if (!more && rule.host) hosts.push(rule.host);
  }
  if (hosts.length === 0) return '*';
  const joined = hosts.join(',');
  return more ? `${joined} + ${rules.length - MAX_HOSTS} more...` : joined;
}

/** Sorted, de-duplicated IPs (or hostnames); the server prints wide, so it is never clipped. */
function ingressAddress(ing: Ingress): string {
  const set = new Set<string>();
  for (const lb of ing.status?.loadBalancer?.ingress ?? []) {
    if (lb.ip) set.add(lb.ip);
    else if (lb.hostname) set.add(lb.hostname);
  }
  return [...set].sort().join(',');
}

export const ingressTable: TableConvertor<Ingress> = {
  columns: [nameColumn, col('Class'), col('Hosts'), col('Address'), col('Ports'), ageColumn],
  cells(ing, now) {
    return [
      ing.metadata?.name ?? '',
      ing.spec?.ingressClassName ?? '<none>',
      formatHosts(ing.spec?.rules ?? []),
      ingressAddress(ing),
      ing.spec?.tls?.length ? '80, 443' : '80',
      translateTimestampSince(ing.metadata?.creationTimestamp, now),
    ];
  },
};

export const ingressClassTable: TableConvertor<IngressClass> = {
  columns: [nameColumn, col('Controller'), col('Parameters'), ageColumn],
  cells(ic, now) {
    const p = ic.spec?.parameters;
    const parameters = p ? `${p.kind}${p.apiGroup ? `.${p.apiGroup}` : ''}/${p.name}` : '<none>';
    return [ic.metadata?.name ?? '', ic.spec?.controller ?? '', parameters, translateTimestampSince(ic.metadata?.creationTimestamp, now)];
  },
};
