/**
 * `kubectl scale [--current-replicas=N] --replicas=COUNT (-f FILENAME | TYPE NAME)`: a merge
 * patch on the `scale` subresource, so it works for every scalable kind the same way.
 */
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { ALL, DRY_RUN, FILENAME, PRINT_FLAGS, RECURSIVE, SELECTOR, TIMEOUT } from '../shared/commonFlags';
import { dryRunStrategy } from '../shared/dryRun';
import { fetchObjects } from '../shared/fetch';
import { printResult } from '../shared/output';
import { refOf } from '../shared/refs';

function runScale(inv: Invocation): number {
  const replicas = inv.flags.int('replicas');
  if (replicas < 0) throw new KubectlError(messages.invalidReplicas);
  if (inv.args.length === 0 && inv.flags.strings('filename').length === 0) throw new KubectlError(messages.mustProvideResources);
  const dryRun = dryRunStrategy(inv);
  const result = fetchObjects(inv, { labelSelector: inv.flags.string('selector') });
  const errors = [...result.errors];
  if (result.found.length === 0 && errors.length === 0) throw new KubectlError(messages.noObjectsPassed('scale'));
  const current = inv.flags.int('current-replicas');
  for (const { info, object } of result.found) {
    try {
      const ref = refOf(info);
      const opts = { namespace: object.metadata.namespace, subresource: 'scale' };
      if (current >= 0) {
        const scale = inv.ctx.client.get<{ spec?: { replicas?: number } }>(ref, object.metadata.name, opts);
        if ((scale.spec?.replicas ?? 0) !== current) throw new KubectlError(messages.scaleExpected(current, scale.spec?.replicas ?? 0));
      }
      if (dryRun !== 'client') inv.ctx.client.patch(ref, object.metadata.name, 'merge', { spec: { replicas } }, { ...opts, dryRun: dryRun === 'server' });
      printResult(inv, info, object, 'scaled', dryRun);
    } catch (e) {
      errors.push(e);
    }
  }
  aggregate(errors);
  return 0;
}

export const scaleCommand: Command = {
  name: 'scale',
  short: 'Change how many replicas a workload runs',
  flags: [
    FILENAME,
    RECURSIVE,
    SELECTOR,
    ALL,
    DRY_RUN,
    ...PRINT_FLAGS,
    { ...TIMEOUT(0), unavailable: true },
    { name: 'replicas', type: 'int', required: true, usage: 'How many replicas the workload should run. Required.' },
    { name: 'current-replicas', type: 'int', default: -1, usage: 'Only scale if the workload runs exactly this many replicas now; -1 skips the check.' },
    { name: 'resource-version', type: 'string', unavailable: true },
  ],
  run: runScale,
};
