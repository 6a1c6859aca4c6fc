/**
 * `kubectl set resources (-f FILENAME | TYPE NAME) [--limits=…] [--requests=…] [-c CONTAINER]`
 * and `kubectl set serviceaccount (-f FILENAME | TYPE NAME) SERVICE_ACCOUNT`.
 */
import type { ResourceRequirements } from 'kubernetes-types/core/v1';
import { quantity } from '../../sim';
import type { Command } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { ALL, DRY_RUN, FIELD_MANAGER, FILENAME, KUSTOMIZE, LOCAL, PRINT_FLAGS, RECURSIVE, SELECTOR } from '../shared/commonFlags';
import { containerMatcher, updatePodTemplates } from './podTemplateUpdate';

/** `cpu=200m,memory=512Mi`, quantities canonicalised as the API stores them. */
function resourceList(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!text) return out;
  for (const entry of text.split(',')) {
    const eq = entry.indexOf('=');
    if (eq < 0) throw new KubectlError(messages.resourceListSyntax(entry));
    out[entry.slice(0, eq)] = quantity.formatQuantity(entry.slice(eq + 1));
  }
  return out;
}

export const setResourcesCommand: Command = {
  name: 'resources',
  short: 'Change CPU and memory requests and limits',
  flags: [
    FILENAME,
    KUSTOMIZE,
    RECURSIVE,
    SELECTOR,
    ALL,
    LOCAL,
    DRY_RUN,
    ...PRINT_FLAGS,
    FIELD_MANAGER('kubectl-set'),
    { name: 'containers', shorthand: 'c', type: 'string', default: '*', usage: 'Containers to change, by name; * and ? wildcards allowed. All containers by default.' },
    { name: 'limits', type: 'string', usage: 'Upper limits for the containers, such as cpu=200m,memory=512Mi.' },
    { name: 'requests', type: 'string', usage: 'Amounts to reserve for the containers, such as cpu=100m,memory=256Mi.' },
  ],
  run(inv) {
    const limits = resourceList(inv.flags.string('limits'));
    const requests = resourceList(inv.flags.string('requests'));
    if (!Object.keys(limits).length && !Object.keys(requests).length) throw new KubectlError(messages.resourcesRequired);
    const selector = inv.flags.string('containers');
    const matches = containerMatcher(selector);
    return updatePodTemplates(inv, inv.args, 'resource requirements updated', (spec, object) => {
      const containers = [...(spec.initContainers ?? []), ...(spec.containers ?? [])].filter((c) => matches(c.name));
      if (containers.length === 0) {
        inv.ctx.stderr.write(`${messages.envNoContainers(object.kind ?? '', object.metadata?.name ?? '', selector)}\n`);
        return false;
      }
      for (const c of containers) {
        const r: ResourceRequirements = (c.resources ??= {});
        if (Object.keys(limits).length) r.limits = { ...r.limits, ...limits };
        if (Object.keys(requests).length) r.requests = { ...r.requests, ...requests };
      }
    });
  },
};

export const setServiceAccountCommand: Command = {
  name: 'serviceaccount',
  aliases: ['sa'],
  short: 'Change the service account of pod templates',
  flags: [FILENAME, KUSTOMIZE, RECURSIVE, ALL, LOCAL, DRY_RUN, ...PRINT_FLAGS, FIELD_MANAGER('kubectl-set')],
  run(inv) {
    if (inv.args.length === 0) throw new KubectlError(messages.serviceAccountRequired);
    const name = inv.args[inv.args.length - 1];
    return updatePodTemplates(inv, inv.args.slice(0, -1), 'serviceaccount updated', (spec) => {
      spec.serviceAccountName = name;
    });
  },
};
