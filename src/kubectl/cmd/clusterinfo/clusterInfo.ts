/**
 * `kubectl cluster-info`: the control plane's address and every kube-system service labelled
 * `kubernetes.io/cluster-service=true`, reached through the API server's service proxy.
 */
import type { Service } from 'kubernetes-types/core/v1';
import type { Command } from '../../cmdutil/command';
import { messages } from '../../messages';
import { currentEndpoint } from '../config/clusterEndpoints';
import { dumpCommand } from './dump';

function serviceLink(server: string, svc: Service): string {
  const ingress = svc.status?.loadBalancer?.ingress?.[0];
  const port = svc.spec?.ports?.[0];
  if (ingress) return `http://${ingress.ip || ingress.hostname}${port ? `:${port.port}` : ''}`;
  let name = svc.metadata?.name ?? '';
  if (port) name += `:${port.name || port.port}`;
  return `${server}/api/v1/namespaces/kube-system/services/${name}/proxy`;
}

export const clusterInfoCommand: Command = {
  name: 'cluster-info',
  aliases: ['clusterinfo'],
  short: 'Show where the control plane and cluster services run',
  subcommands: [dumpCommand],
  run(inv) {
    const { server } = currentEndpoint(inv.ctx);
    const services = inv.ctx.client.list<Service>({ group: '', version: 'v1', resource: 'services' }, { namespace: 'kube-system', labelSelector: 'kubernetes.io/cluster-service=true' }).items;
    let out = `${messages.controlPlaneRunning(server)}\n`;
    for (const svc of services) out += `${messages.serviceRunning(svc.metadata.labels?.['kubernetes.io/name'] || svc.metadata.name, serviceLink(server, svc))}\n`;
    inv.ctx.stdout.write(`${out}\n${messages.clusterInfoDumpHint}\n`);
    return 0;
  },
};
