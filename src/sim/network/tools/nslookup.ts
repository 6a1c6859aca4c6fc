/**
 * nslookup as a pod's busybox prints it (asking kube-dns), and as the host's bind9 nslookup
 * prints it (asking systemd-resolved, which knows nothing of cluster.local).
 */
import type { ClusterView } from '../clusterView';
import { CLUSTER_DOMAIN } from '../clusterView';
import { isIPv4, searchCandidates } from '../dns';
import type { ToolContext, ToolResult } from './toolTypes';

/** Reverse lookups need the names behind addresses: kube-dns answers for Services and pods. */
export type ReverseLookup = (ip: string) => string | undefined;

export function reverseName(view: ClusterView, ip: string): string | undefined {
  const svc = view.services().find((s) => s.spec?.clusterIP === ip);
  if (svc) return `${svc.metadata?.name}.${svc.metadata?.namespace}.svc.${CLUSTER_DOMAIN}`;
  const pod = view.podByIP(ip);
  // A pod with a hostname under a headless Service (StatefulSet pods) answers by that name.
  const sub = pod?.spec?.hostname && pod.spec.subdomain && view.services().find((s) => s.metadata?.namespace === pod.metadata?.namespace && s.metadata?.name === pod.spec?.subdomain);
  if (sub) return `${pod.spec!.hostname}.${pod.spec!.subdomain}.${pod.metadata?.namespace}.svc.${CLUSTER_DOMAIN}`;
  return pod ? `${ip.replace(/\./g, '-')}.${pod.metadata?.namespace}.pod.${CLUSTER_DOMAIN}` : undefined;
}

const arpa = (ip: string) => `${ip.split('.').reverse().join('.')}.in-addr.arpa`;

function hostNslookup(name: string): ToolResult {
  const target = isIPv4(name) ? arpa(name) : name;
  return { exitCode: 1, stdout: `Server:\t\t127.0.0.53\nAddress:\t127.0.0.53#53\n\n** server can't find ${target}: NXDOMAIN\n\n`, stderr: '', elapsedMs: 5 };
}

/**
 * BusyBox before 1.29 (busybox:1.28, the docs' DNS test image) resolved through libc and printed
 * each address with its reverse name: `%-10s %s` headers, `Address N: ip name`.
 */
function legacyNslookup(ctx: ToolContext, name: string, reverse: ReverseLookup): ToolResult {
  const server = ctx.net.nameserver(ctx.origin);
  const address = (n: number, ip: string) => `Address ${n}: ${ip}${reverse(ip) ? ` ${reverse(ip)}` : ''}\n`;
  const head = `Server:    ${server}\n${address(1, server)}\n`;
  const answer = isIPv4(name) ? { kind: 'A' as const, addresses: [name] } : ctx.net.resolve(ctx.origin, name);
  if (answer.kind === 'TIMEOUT') return { exitCode: 1, stdout: '', stderr: `nslookup: can't resolve '(null)': Name does not resolve\n`, elapsedMs: 10_000 };
  if (answer.kind !== 'A') return { exitCode: 1, stdout: head, stderr: `nslookup: can't resolve '${name}'\n`, elapsedMs: 2 };
  return { exitCode: 0, stdout: `${head}Name:      ${name}\n${answer.addresses.map((ip, i) => address(i + 1, ip)).join('')}`, stderr: '', elapsedMs: 2 };
}

export function runNslookup(ctx: ToolContext, args: string[], reverse: ReverseLookup): ToolResult {
  const name = args.find((a) => !a.startsWith('-'));
  if (name && ctx.legacyNslookup && ctx.origin.kind !== 'host') return legacyNslookup(ctx, name, reverse);
  if (!name) return { exitCode: 1, stdout: '', stderr: 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\nQuery DNS about HOST\n\nQUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any\n', elapsedMs: 0 };
  if (ctx.origin.kind === 'host') return hostNslookup(name);
  const server = ctx.net.nameserver(ctx.origin);
  const head = `Server:\t\t${server}\nAddress:\t${server}:53\n\n`;
  if (isIPv4(name)) {
    const found = reverse(name);
    return found ? { exitCode: 0, stdout: `${head}${arpa(name)}\tname = ${found}\n\n`, stderr: '', elapsedMs: 2 } : { exitCode: 1, stdout: `${head}** server can't find ${arpa(name)}: NXDOMAIN\n\n`, stderr: '', elapsedMs: 2 };
  }
  const answer = ctx.net.resolve(ctx.origin, name);
  if (answer.kind === 'TIMEOUT') return { exitCode: 1, stdout: ';; connection timed out; no servers could be reached\n\n', stderr: '', elapsedMs: 15_000 };
  if (answer.kind === 'A') {
    const cname = answer.cname ? `${answer.name}\tcanonical name = ${answer.cname}\n` : '';
    const records = answer.addresses.map((a) => `Name:\t${answer.cname ?? answer.name}\nAddress: ${a}\n`).join('');
    return { exitCode: 0, stdout: `${head}${cname}${records}\n`, stderr: '', elapsedMs: 2 };
  }
  const ns = ctx.origin.namespace;
  const misses = answer.kind === 'NXDOMAIN' && answer.tried.length ? answer.tried : searchCandidates(name, ns);
  return { exitCode: 1, stdout: `${head}${misses.map((m) => `** server can't find ${m}: NXDOMAIN\n\n`).join('')}`, stderr: '', elapsedMs: 2 };
}
