/**
 * cmdutil.DefaultSubCommandRun, for command groups that do nothing themselves (`kubectl config`,
 * `kubectl plugin`): an argument that names no subcommand is an unknown command; no argument
 * prints the group's help to stderr and fails.
 */
import type { Command, Invocation } from '../../cmdutil/command';
import { helpText } from '../../cmdutil/help';
import { messages } from '../../messages';
import { usageError } from './usage';

export function defaultSubCommandRun(group: () => Command): (inv: Invocation) => number {
  return (inv) => {
    if (inv.args.length) throw usageError(inv.commandPath, messages.unknownSubcommand(inv.args[0]));
    inv.ctx.stderr.write(helpText(group(), inv.commandPath));
    return 1;
  };
}
