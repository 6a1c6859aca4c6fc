/**
 * `kubectl alpha`: the home of alpha commands. kubectl v1.32 ships none, and says so (on stderr,
 * exiting 0) whatever follows the word.
 */
import type { Command } from '../../cmdutil/command';
import { messages } from '../../messages';

export const alphaCommand: Command = {
  name: 'alpha',
  short: 'Commands that are still experimental',
  run(inv) {
    inv.ctx.stderr.write(`${messages.noAlphaCommands}\n`);
    return 0;
  },
};
