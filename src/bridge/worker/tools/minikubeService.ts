/**
 * `minikube service <name> [--url] [-n ns]`, `minikube service list` and `minikube tunnel`.
 * With the docker driver on Linux a NodePort is reachable on the node's IP, so URLs are
 * `http://<node IP>:<nodePort>`; the tunnel routes the service CIDR and gives each LoadBalancer
 * Service its ClusterIP as external IP until it is stopped.
 */
import type { Service, ServicePort } from 'kubernetes-types/core/v1';
import type { CommandContext } from '../../../shell';
import { isApiError, resources, type Stored } from '../../../sim';
import { parseFlags } from './flags';
import { line, profileNotFound, usageError } from './minikubeMessages';
import { nodeIP } from './minikubeNodes';
import { renderTable } from './table';
import type { ToolHost, ToolState } from './toolHost';

const portLabel = (p: ServicePort) => (p.name ? `${p.name}/${p.port}` : String(p.port));

function urlsOf(host: ToolHost, svc: Service, state: ToolState): { port: string; url: string }[] {
  const ip = nodeIP(host, state.nodeOrder[0]);
  return (svc.spec?.ports ?? []).filter((p) => p.nodePort).map((p) => ({ port: portLabel(p), url: `http://${ip}:${p.nodePort}` }));
}

function notRunning(ctx: CommandContext, host: ToolHost, state: ToolState): number | undefined {
  if (state.machine === 'Nonexistent') return ctx.stdout.write(profileNotFound(host.cluster.profile.name)), 85;
  if (state.machine === 'Stopped') {
    ctx.stdout.write(line('🤷', `The control-plane node ${state.nodeOrder[0]} host is not running: state=Stopped`) + line('👉', 'To start a cluster, run: "minikube start"'));
    return 83;
  }
  return undefined;
}

const SERVICE_FLAGS = [
  { name: 'url', kind: 'bool' as const },
  { name: 'namespace', short: 'n', kind: 'string' as const },
  { name: 'https', kind: 'bool' as const },
  { name: 'all', kind: 'bool' as const },
  { name: 'interval', kind: 'string' as const },
  { name: 'wait', kind: 'string' as const },
];

export function minikubeService(argv: string[], ctx: CommandContext, host: ToolHost, state: ToolState): number {
  const f = parseFlags(argv, SERVICE_FLAGS);
  if (f.error) return ctx.stderr.write(usageError('service', f.error)), 1;
  const stopped = notRunning(ctx, host, state);
  if (stopped !== undefined) return stopped;
  const ns = (f.values.namespace as string | undefined) ?? 'default';
  if (f.args[0] === 'list') return serviceList(ctx, host, state, f.values.namespace as string | undefined);
  const name = f.args[0];
  if (!name) {
    ctx.stderr.write(`\n${line('❌', 'Exiting due to MK_USAGE: You must specify service name(s) or --all')}\n`);
    return 14;
  }
  let svc: Stored<Service>;
  try {
    svc = host.cluster.client.get<Service>(resources.SERVICES, name, { namespace: ns });
  } catch (e) {
    if (!isApiError(e, 'NotFound')) throw e;
    ctx.stderr.write(`\n${line('❌', `Exiting due to SVC_NOT_FOUND: Service '${name}' was not found in '${ns}' namespace.`)}You may select another namespace by using 'minikube service ${name} -n <namespace>'. Or list out all the services using 'minikube service list'\n\n`);
    return 115;
  }
  const urls = urlsOf(host, svc, state).map((u) => ({ ...u, url: f.values.https ? u.url.replace(/^http:/, 'https:') : u.url }));
  if (f.values.url) {
    if (!urls.length) ctx.stderr.write(line('😿', `service ${ns}/${name} has no node port`));
    for (const u of urls) ctx.stdout.write(`${u.url}\n`);
    return 0;
  }
  const rows = urls.length ? urls.map((u, i) => [i ? '' : ns, i ? '' : name, u.port, u.url]) : [[ns, name, '', 'No node port']];
  ctx.stdout.write(renderTable(['NAMESPACE', 'NAME', 'TARGET PORT', 'URL'], rows));
  if (!urls.length) {
    ctx.stderr.write(line('😿', `service ${ns}/${name} has no node port`));
    return 0;
  }
  ctx.stdout.write(line('🎉', `Opening service ${ns}/${name} in default browser...`));
  return 0;
}

function serviceList(ctx: CommandContext, host: ToolHost, state: ToolState, ns?: string): number {
  const services = host.cluster.client.list<Service>(resources.SERVICES, ns ? { namespace: ns } : {}).items;
  const sorted = [...services].sort((a, b) => (a.metadata.namespace ?? '').localeCompare(b.metadata.namespace ?? '') || a.metadata.name.localeCompare(b.metadata.name));
  const rows: string[][] = [];
  for (const svc of sorted) {
    const urls = urlsOf(host, svc, state);
    if (!urls.length) rows.push([svc.metadata.namespace ?? '', svc.metadata.name, 'No node port', '']);
    urls.forEach((u, i) => rows.push([i ? '' : (svc.metadata.namespace ?? ''), i ? '' : svc.metadata.name, u.port, u.url]));
  }
  ctx.stdout.write(renderTable(['NAMESPACE', 'NAME', 'TARGET PORT', 'URL'], rows));
  return 0;
}

/** Gives every LoadBalancer Service without an address its ClusterIP, as the tunnel's emulator does. */
function patchLoadBalancers(host: ToolHost, patched: Set<string>): string[] {
  const { client } = host.cluster;
  const names: string[] = [];
  for (const svc of client.list<Service>(resources.SERVICES).items) {
    if (svc.spec?.type !== 'LoadBalancer' || !svc.spec.clusterIP) continue;
    names.push(svc.metadata.name);
    if (svc.status?.loadBalancer?.ingress?.length) continue;
    client.update(resources.SERVICES, { ...svc, status: { ...svc.status, loadBalancer: { ingress: [{ ip: svc.spec.clusterIP }] } } }, { namespace: svc.metadata.namespace, subresource: 'status' });
    patched.add(`${svc.metadata.namespace}/${svc.metadata.name}`);
  }
  return names;
}

function clearLoadBalancers(host: ToolHost, patched: Set<string>): void {
  const { client } = host.cluster;
  for (const key of patched) {
    const [namespace, name] = key.split('/');
    try {
      const svc = client.get<Service>(resources.SERVICES, name, { namespace });
      client.update(resources.SERVICES, { ...svc, status: { ...svc.status, loadBalancer: {} } }, { namespace, subresource: 'status' });
    } catch (e) {
      if (!isApiError(e, 'NotFound')) throw e;
    }
  }
}

function tunnelStatus(host: ToolHost, services: string[]): string {
  const ip = host.cluster.profile.apiServerIP;
  return `Status:\t\n\tmachine: ${host.cluster.profile.name}\n\tpid: 24601\n\troute: 10.96.0.0/12 -> ${ip}\n\tminikube: Running\n\tservices: [${services.join(' ')}]\n    errors: \n\t\tminikube: no errors\n\t\trouter: no errors\n\t\tloadbalancer emulator: no errors\n`;
}

/** Runs until Ctrl-C, re-checking Services every five seconds like the tunnel's loop. */
export async function minikubeTunnel(ctx: CommandContext, host: ToolHost, state: ToolState): Promise<number> {
  const stopped = notRunning(ctx, host, state);
  if (stopped !== undefined) return stopped;
  const patched = new Set<string>();
  let last = '';
  while (!ctx.interrupt.aborted) {
    const report = tunnelStatus(host, patchLoadBalancers(host, patched));
    if (report !== last) ctx.stdout.write(report);
    last = report;
    await ctx.sleep(5);
  }
  clearLoadBalancers(host, patched);
  return 130;
}
