/**
 * `kubectl expose (-f FILENAME | TYPE NAME) [--port] [--target-port] [--name] [--type]`: builds a
 * Service from a pod, service, deployment or replica set and creates it next to the object.
 */
import type { KubeObject } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { generateExposeService } from '../../generators/exposeService';
import { DRY_RUN, FIELD_MANAGER, FILENAME, PRINT_FLAGS, RECURSIVE, SELECTOR } from '../shared/commonFlags';
import { dryRunStrategy } from '../shared/dryRun';
import { fetchObjects } from '../shared/fetch';
import { checkOutputFormat, printResult } from '../shared/output';
import { refOf } from '../shared/refs';
import { SERVICES } from '../shared/builtins';

function runExpose(inv: Invocation): number {
  if (inv.args.length === 0 && inv.flags.strings('filename').length === 0) throw new KubectlError(messages.mustProvideResources);
  const f = inv.flags;
  const dryRun = dryRunStrategy(inv);
  checkOutputFormat(f.string('output'));
  const result = fetchObjects(inv);
  const errors = [...result.errors];
  for (const { object } of result.found) {
    try {
      const service = generateExposeService(object, {
        name: f.string('name') || object.metadata.name,
        selector: f.string('selector'),
        port: f.string('port'),
        protocol: f.string('protocol'),
        targetPort: f.string('target-port'),
        type: f.string('type'),
        clusterIP: f.string('cluster-ip'),
        externalIP: f.string('external-ip'),
        loadBalancerIP: f.string('load-balancer-ip'),
        sessionAffinity: f.string('session-affinity'),
        labels: f.string('labels'),
      });
      const namespace = object.metadata.namespace;
      const created =
        dryRun === 'client'
          ? service
          : inv.ctx.client.create(refOf(SERVICES), service, { namespace, dryRun: dryRun === 'server', fieldManager: f.string('field-manager') });
      printResult(inv, SERVICES, created as KubeObject, 'exposed', dryRun);
    } catch (e) {
      errors.push(e);
    }
  }
  aggregate(errors);
  return 0;
}

export const exposeCommand: Command = {
  name: 'expose',
  short: 'Make a service for the pods of a deployment, replica set, replication controller, service or pod',
  flags: [
    FILENAME,
    RECURSIVE,
    { ...SELECTOR, shorthand: undefined },
    DRY_RUN,
    ...PRINT_FLAGS,
    FIELD_MANAGER('kubectl-expose'),
    { name: 'port', type: 'string', usage: 'Port the service listens on; by default the port the exposed resource declares.' },
    { name: 'target-port', type: 'string', usage: 'Container port, by number or name, that traffic is sent to; by default the same as --port.' },
    { name: 'protocol', type: 'string', usage: 'Protocol of the service port: TCP (the default), UDP or SCTP.' },
    { name: 'name', type: 'string', usage: 'Name of the new service; by default the name of the exposed resource.' },
    { name: 'type', type: 'string', usage: 'Service type: ClusterIP (the default), NodePort, LoadBalancer or ExternalName.' },
    { name: 'cluster-ip', type: 'string' },
    { name: 'external-ip', type: 'string' },
    { name: 'load-balancer-ip', type: 'string' },
    { name: 'session-affinity', type: 'string' },
    { name: 'labels', shorthand: 'l', type: 'string', usage: 'Labels to put on the new service, as key=value pairs separated by commas.' },
  ],
  run: runExpose,
};
