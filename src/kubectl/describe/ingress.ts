/**
 * `kubectl describe ingress` (describeIngressV1): the rules as a Host / Path / Backends table,
 * each service backend followed by the endpoints behind it, as kubectl looks them up.
 */
import type { Endpoints, Event, Service } from 'kubernetes-types/core/v1';
import type { Ingress, IngressBackend, IngressLoadBalancerStatus, IngressTLS } from 'kubernetes-types/networking/v1';
import { describeEvents } from './events';
import { printAnnotationsMultiline, printLabelsMultiline } from './format';
import { LEVEL_0, LEVEL_1, LEVEL_2, type PrefixWriter, tabbedString } from './prefixWriter';

export interface IngressRelated {
  services?: Service[];
  endpoints?: Endpoints[];
}

const MAX_SHOWN = 3;

const joinHostPort = (ip: string, port: number) => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

/** formatEndpoints: `ip:port` of the named service port, three at most; no subsets at all is `<none>`. */
export function formatEndpoints(ep: Endpoints, portName: string): string {
  if (!ep.subsets?.length) return '<none>';
  const list: string[] = [];
  let count = 0;
  const add = (text: string) => {
    if (list.length < MAX_SHOWN) list.push(text);
    count++;
  };
  for (const ss of ep.subsets) {
    const addresses = ss.addresses ?? [];
    if (!ss.ports?.length) addresses.forEach((a) => add(a.ip));
    else for (const p of ss.ports) if ((p.name ?? '') === portName) addresses.forEach((a) => add(joinHostPort(a.ip, p.port)));
  }
  return count > MAX_SHOWN ? `${list.join(',')} + ${count - MAX_SHOWN} more...` : list.join(',');
}

function describeBackend(ns: string, backend: IngressBackend, related: IngressRelated): string {
  if (backend.service) {
    const { name, port } = backend.service;
    const sb = `${name}:${port?.name ? port.name : (port?.number ?? 0)}`;
    const ep = related.endpoints?.find((e) => e.metadata?.name === name && e.metadata?.namespace === ns);
    if (!ep) return `${sb} (<error: endpoints "${name}" not found>)`;
    const svc = related.services?.find((s) => s.metadata?.name === name && s.metadata?.namespace === ns);
    if (!svc) return `${sb}(<error: services "${name}" not found>)`;
    let spName = '';
    for (const sp of svc.spec?.ports ?? []) {
      if ((port?.name && port.name === sp.name) || (port?.number && port.number === sp.port)) spName = sp.name ?? '';
    }
    return `${sb} (${formatEndpoints(ep, spName)})`;
  }
  if (backend.resource) {
    const r = backend.resource;
    return `APIGroup: ${r.apiGroup ?? '<none>'}, Kind: ${r.kind}, Name: ${r.name}`;
  }
  return '';
}

function loadBalancerAddress(lb: IngressLoadBalancerStatus | undefined): string {
  return (lb?.ingress ?? []).map((i) => i.ip || i.hostname || '').filter(Boolean).join(',');
}

function describeTLS(w: PrefixWriter, tls: IngressTLS[]): void {
  w.write(LEVEL_0, 'TLS:\n');
  for (const t of tls) {
    const hosts = (t.hosts ?? []).join(',');
    w.write(LEVEL_1, t.secretName ? `${t.secretName} terminates ${hosts}\n` : `SNI routes ${hosts}\n`);
  }
}

export function describeIngress(ing: Ingress, related: IngressRelated, events: Event[] | undefined, now: number): string {
  const ns = ing.metadata?.namespace ?? '';
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${ing.metadata?.name ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', ing.metadata?.labels);
    w.write(LEVEL_0, `Namespace:\t${ns}\n`);
    w.write(LEVEL_0, `Address:\t${loadBalancerAddress(ing.status?.loadBalancer)}\n`);
    w.write(LEVEL_0, `Ingress Class:\t${ing.spec?.ingressClassName ?? '<none>'}\n`);
    const def = ing.spec?.defaultBackend ? describeBackend(ns, ing.spec.defaultBackend, related) : '<default>';
    w.write(LEVEL_0, `Default backend:\t${def}\n`);
    if (ing.spec?.tls?.length) describeTLS(w, ing.spec.tls);
    w.write(LEVEL_0, 'Rules:\n  Host\tPath\tBackends\n');
    w.write(LEVEL_1, '----\t----\t--------\n');
    let count = 0;
    for (const rule of ing.spec?.rules ?? []) {
      if (!rule.http) continue;
      count++;
      w.write(LEVEL_1, `${rule.host || '*'}\t\n`);
      for (const path of rule.http.paths) w.write(LEVEL_2, `\t${path.path ?? ''} \t${describeBackend(ns, path.backend, related)}\n`);
    }
    if (count === 0) w.write(LEVEL_1, `*\t*\t${def}\n`);
    printAnnotationsMultiline(w, 'Annotations', ing.metadata?.annotations);
    describeEvents(events, w, now);
  });
}
