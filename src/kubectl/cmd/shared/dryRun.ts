/** `--dry-run=none|client|server`, as cmdutil.GetDryRunStrategy reads it. */
import type { Flags } from '../../cmdutil/flags';
import { KubectlError } from '../../cmdutil/errors';
import { messages, type DryRun } from '../../messages';

export function dryRunStrategy(flags: Flags): DryRun {
  const value = flags.string('dry-run');
  if (value === 'none' || value === 'client' || value === 'server') return value;
  if (value === '') return 'none';
  throw new KubectlError(messages.invalidDryRun(value));
}
