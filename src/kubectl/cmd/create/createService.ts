/** `kubectl create service clusterip|nodeport|loadbalancer|externalname NAME`. */
import type { Command } from '../../cmdutil/command';
import type { FlagSpec } from '../../cmdutil/flags';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { generateService, type ServiceType } from '../../generators/service';
import { generatorCommand } from './generatorCommand';
import { enforcedNamespace } from './createObject';

const TCP: FlagSpec = { name: 'tcp', type: 'stringSlice', usage: 'Ports as port:targetPort, or just port when both are the same; separate several with commas.' };

function serviceCommand(name: string, type: ServiceType, short: string, flags: FlagSpec[]): Command {
  return generatorCommand({
    name,
    short,
    flags,
    build(inv, serviceName) {
      const tcp = inv.flags.strings('tcp');
      const clusterIP = inv.flags.string('clusterip');
      if (type !== 'ExternalName' && tcp.length === 0 && clusterIP !== 'None') throw new KubectlError(messages.tcpRequired);
      return generateService({
        name: serviceName,
        type,
        tcp,
        clusterIP: type === 'ExternalName' ? undefined : clusterIP,
        nodePort: inv.flags.int('node-port'),
        externalName: inv.flags.string('external-name'),
        namespace: enforcedNamespace(inv),
      });
    },
  });
}

export const createService: Command = {
  name: 'service',
  aliases: ['svc'],
  short: 'Create a service of one of the types below',
  subcommands: [
    serviceCommand('clusterip', 'ClusterIP', 'Create a service reachable inside the cluster', [TCP, { name: 'clusterip', type: 'string', usage: 'Cluster IP to use instead of a picked one; "None" makes a headless service without load balancing.' }]),
    serviceCommand('externalname', 'ExternalName', 'Create a DNS alias for a host outside the cluster', [TCP, { name: 'external-name', type: 'string', required: true, usage: 'DNS name outside the cluster that the service is an alias for.' }]),
    serviceCommand('loadbalancer', 'LoadBalancer', 'Create a service behind an external load balancer', [TCP]),
    serviceCommand('nodeport', 'NodePort', 'Create a service open on a port of every node', [TCP, { name: 'node-port', type: 'int', usage: 'Node port to open on every node (usually 30000-32767); 0 lets the cluster pick one.' }]),
  ],
};
