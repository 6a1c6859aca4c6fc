/**
 * `--dry-run=none|client|server`, as cmdutil.GetDryRunStrategy reads it. A bare `--dry-run` still
 * means client, with kubectl's deprecation warning.
 */
import type { Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { klogWarning } from '../../cmdutil/klog';
import { messages, type DryRun } from '../../messages';

export function dryRunStrategy(inv: Invocation): DryRun {
  const value = inv.flags.string('dry-run');
  if (value === 'none' || value === 'client' || value === 'server') return value;
  if (value === '') return 'none';
  if (value === 'unchanged') {
    inv.ctx.stderr.write(klogWarning(inv.ctx.now(), 'helpers.go:702', messages.dryRunDeprecated));
    return 'client';
  }
  throw new KubectlError(messages.invalidDryRun(value));
}
