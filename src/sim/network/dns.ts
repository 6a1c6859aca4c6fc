/**
 * Cluster DNS as CoreDNS's `kubernetes` plugin answers it, and the pod resolver's search path
 * (`<ns>.svc.cluster.local svc.cluster.local cluster.local`, `ndots:5`) that makes `web` and
 * `web.default` work from inside a pod.
 */
import { CLUSTER_DOMAIN, podIsReady, type ClusterView } from './clusterView';
import type { DnsAnswer } from './types';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const NDOTS = 5;

export function isIPv4(name: string): boolean {
  return IPV4.test(name);
}

/** The names a pod's resolver tries, in order, for what a program asked for. */
export function searchCandidates(name: string, namespace: string): string[] {
  if (name.endsWith('.')) return [name.slice(0, -1)];
  const search = [`${namespace}.svc.${CLUSTER_DOMAIN}`, `svc.${CLUSTER_DOMAIN}`, CLUSTER_DOMAIN].map((d) => `${name}.${d}`);
  const dots = name.split('.').length - 1;
  return dots >= NDOTS ? [name, ...search] : [...search, name];
}

/** Answers one fully qualified name, or undefined when CoreDNS would say NXDOMAIN. */
export function answerFqdn(view: ClusterView, fqdn: string): DnsAnswer | undefined {
  const suffix = `.svc.${CLUSTER_DOMAIN}`;
  const lower = fqdn.toLowerCase();
  if (lower.endsWith(`.pod.${CLUSTER_DOMAIN}`)) return podRecord(view, lower);
  if (!lower.endsWith(suffix)) return undefined;
  const labels = lower.slice(0, -suffix.length).split('.');
  if (labels.length === 2) return serviceRecord(view, labels[1], labels[0], lower);
  if (labels.length === 3) return hostnameRecord(view, labels[2], labels[1], labels[0], lower);
  return undefined;
}

function serviceRecord(view: ClusterView, namespace: string, name: string, fqdn: string): DnsAnswer | undefined {
  const svc = view.service(namespace, name);
  if (!svc) return undefined;
  if (svc.spec?.type === 'ExternalName') return { kind: 'CNAME', name: fqdn, target: svc.spec.externalName ?? '' };
  if (svc.spec?.clusterIP && svc.spec.clusterIP !== 'None') return { kind: 'A', name: fqdn, addresses: [svc.spec.clusterIP] };
  // Headless: one A record per ready endpoint (all of them with publishNotReadyAddresses).
  const all = svc.spec?.publishNotReadyAddresses ?? false;
  const addresses = view
    .endpointSlices(namespace, name)
    .flatMap((s) => s.endpoints ?? [])
    .filter((e) => all || e.conditions?.ready !== false)
    .flatMap((e) => e.addresses);
  return addresses.length ? { kind: 'A', name: fqdn, addresses: [...new Set(addresses)].sort() } : undefined;
}

/** `web-0.nginx.default.svc.cluster.local`: a pod whose hostname and subdomain name it, behind a headless Service. */
function hostnameRecord(view: ClusterView, namespace: string, service: string, hostname: string, fqdn: string): DnsAnswer | undefined {
  const svc = view.service(namespace, service);
  if (!svc || svc.spec?.clusterIP !== 'None') return undefined;
  const all = svc.spec?.publishNotReadyAddresses ?? false;
  const pod = view.pods(namespace).find((p) => p.spec?.hostname === hostname && p.spec?.subdomain === service && p.status?.podIP && (all || podIsReady(p)));
  return pod ? { kind: 'A', name: fqdn, addresses: [pod.status!.podIP!] } : undefined;
}

/** `10-244-0-5.default.pod.cluster.local` answers whatever IP it spells (CoreDNS `pods insecure`). */
function podRecord(view: ClusterView, fqdn: string): DnsAnswer | undefined {
  const [dashed, namespace] = fqdn.split('.');
  const ip = dashed.replace(/-/g, '.');
  if (!isIPv4(ip) || !view.namespace(namespace)) return undefined;
  return { kind: 'A', name: fqdn, addresses: [ip] };
}

/** What a pod's resolver returns for `name`: the first candidate CoreDNS answers. */
export function resolveFromPod(view: ClusterView, name: string, namespace: string): DnsAnswer {
  if (isIPv4(name)) return { kind: 'A', name, addresses: [name] };
  const tried = searchCandidates(name, namespace);
  for (const fqdn of tried) {
    const answer = answerFqdn(view, fqdn);
    if (answer) return answer;
  }
  return { kind: 'NXDOMAIN', tried };
}
