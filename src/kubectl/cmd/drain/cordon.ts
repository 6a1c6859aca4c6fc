/**
 * `kubectl cordon|uncordon NODE`: flip spec.unschedulable with a patch and say so;
 * `node/x already cordoned` when there is nothing to do (pkg/drain's CordonHelper).
 */
import type { Node } from 'kubernetes-types/core/v1';
import type { KubeObject, Stored } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { DRY_RUN, SELECTOR } from '../shared/commonFlags';
import { dryRunStrategy } from '../shared/dryRun';
import { fetchObjects } from '../shared/fetch';
import { printResult } from '../shared/output';
import { refOf } from '../shared/refs';
import { usageError } from '../shared/usage';
import type { Found } from '../shared/fetch';

/** The nodes named on the command line (or selected with `-l`). */
export function nodeTargets(inv: Invocation, verb: string): { nodes: Found[]; errors: unknown[] } {
  const selector = inv.flags.string('selector');
  if (inv.args.length === 0 && !selector) throw usageError(inv.commandPath, messages.nodeUsage(verb));
  const args = inv.args.length ? ['nodes', ...inv.args] : ['nodes'];
  const result = fetchObjects({ ...inv, args }, { labelSelector: selector });
  return { nodes: result.found, errors: result.errors };
}

/** Cordons or uncordons one node, printing the outcome line. */
export function setUnschedulable(inv: Invocation, found: Found, desired: boolean): void {
  const node = found.object as Stored<Node>;
  const verb = desired ? 'cordoned' : 'uncordoned';
  const dryRun = dryRunStrategy(inv);
  if ((node.spec?.unschedulable ?? false) === desired) {
    printResult(inv, found.info, node as KubeObject, `already ${verb}`, 'none');
    return;
  }
  const updated =
    dryRun === 'client'
      ? node
      : inv.ctx.client.patch(refOf(found.info), node.metadata.name, 'strategic', { spec: { unschedulable: desired ? true : null } }, { dryRun: dryRun === 'server' });
  printResult(inv, found.info, updated as KubeObject, verb, dryRun);
}

function cordonCommand(name: string, short: string, desired: boolean): Command {
  return {
    name,
    short,
    flags: [SELECTOR, DRY_RUN],
    run(inv) {
      const { nodes, errors } = nodeTargets(inv, name);
      for (const found of nodes) {
        try {
          setUnschedulable(inv, found, desired);
        } catch (e) {
          errors.push(e);
        }
      }
      aggregate(errors);
      return 0;
    },
  };
}

export const cordonCommandSpec = cordonCommand('cordon', 'Stop scheduling new pods onto a node', true);
export const uncordonCommandSpec = cordonCommand('uncordon', 'Allow pods to be scheduled onto a node again', false);
