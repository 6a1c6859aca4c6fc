/** `kubectl create service clusterip|nodeport|loadbalancer|externalname NAME`. */
import type { Command } from '../../cmdutil/command';
import type { FlagSpec } from '../../cmdutil/flags';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { generateService, type ServiceType } from '../../generators/service';
import { generatorCommand } from './generatorCommand';
import { enforcedNamespace } from './createObject';

const TCP: FlagSpec = { name: 'tcp', type: 'stringSlice', usage: 'Port pairs can be specified as \'<port>:<targetPort>\'.' };

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
  short: 'Create a service using a specified subcommand',
  subcommands: [
    serviceCommand('clusterip', 'ClusterIP', 'Create a ClusterIP service', [TCP, { name: 'clusterip', type: 'string', usage: 'Assign your own ClusterIP or set to \'None\' for a \'headless\' service (no loadbalancing).' }]),
    serviceCommand('externalname', 'ExternalName', 'Create an ExternalName service', [TCP, { name: 'external-name', type: 'string', required: true, usage: 'External name of service' }]),
    serviceCommand('loadbalancer', 'LoadBalancer', 'Create a LoadBalancer service', [TCP]),
    serviceCommand('nodeport', 'NodePort', 'Create a NodePort service', [TCP, { name: 'node-port', type: 'int', usage: 'Port used to expose the service on each node in a cluster.' }]),
  ],
};
