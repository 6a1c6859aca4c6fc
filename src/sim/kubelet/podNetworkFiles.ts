/**
 * The files the kubelet writes into every container's network view: /etc/resolv.conf from the
 * pod's dnsPolicy and dnsConfig (ClusterFirst: CoreDNS and the namespace's search path) and the
 * kubelet-managed /etc/hosts with the pod's own IP and hostname, plus any hostAliases.
 */
import type { Pod } from 'kubernetes-types/core/v1';

export const CLUSTER_DOMAIN = 'cluster.local';
export const CLUSTER_DNS = '10.96.0.10';
/** What pods with dnsPolicy Default (or host networking) inherit from the node. */
const NODE_RESOLV = { nameservers: ['192.168.49.1'], searches: [] as string[], options: [] as string[] };

function clusterFirst(pod: Pod): boolean {
  const policy = pod.spec?.dnsPolicy ?? 'ClusterFirst';
  if (policy === 'ClusterFirstWithHostNet') return true;
  return policy === 'ClusterFirst' && !pod.spec?.hostNetwork;
}

export function resolvConf(pod: Pod): string {
  const ns = pod.metadata?.namespace ?? 'default';
  const policy = pod.spec?.dnsPolicy ?? 'ClusterFirst';
  let base = NODE_RESOLV;
  if (policy === 'None') base = { nameservers: [], searches: [], options: [] };
  else if (clusterFirst(pod)) base = { nameservers: [CLUSTER_DNS], searches: [`${ns}.svc.${CLUSTER_DOMAIN}`, `svc.${CLUSTER_DOMAIN}`, CLUSTER_DOMAIN], options: ['ndots:5'] };
  const extra = pod.spec?.dnsConfig;
  const nameservers = [...base.nameservers, ...(extra?.nameservers ?? [])];
  const searches = [...base.searches, ...(extra?.searches ?? [])];
  // dnsConfig options replace a default option of the same name.
  const options = new Map(base.options.map((o) => [o.split(':')[0], o]));
  for (const o of extra?.options ?? []) options.set(o.name ?? '', o.value === undefined ? (o.name ?? '') : `${o.name}:${o.value}`);
  const lines = [...(searches.length ? [`search ${searches.join(' ')}`] : []), ...nameservers.map((n) => `nameserver ${n}`), ...(options.size ? [`options ${[...options.values()].join(' ')}`] : [])];
  return lines.map((l) => `${l}\n`).join('');
}

export function etcHosts(pod: Pod, podIP: string, hostname: string): string {
  const lines = ['# Kubernetes-managed hosts file.', '127.0.0.1\tlocalhost', '::1\tlocalhost ip6-localhost ip6-loopback', 'fe00::0\tip6-localnet', 'fe00::0\tip6-mcastprefix', 'fe00::1\tip6-allnodes', 'fe00::2\tip6-allrouters'];
  const sub = pod.spec?.subdomain;
  const ns = pod.metadata?.namespace ?? 'default';
  lines.push(sub ? `${podIP}\t${hostname}.${sub}.${ns}.svc.${CLUSTER_DOMAIN}\t${hostname}` : `${podIP}\t${hostname}`);
  const aliases = pod.spec?.hostAliases ?? [];
  if (aliases.length) {
    lines.push('', '# Entries added by HostAliases.');
    for (const a of aliases) lines.push(`${a.ip}\t${(a.hostnames ?? []).join('\t')}`);
  }
  return lines.map((l) => `${l}\n`).join('');
}
