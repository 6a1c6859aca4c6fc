import type { CommandFn } from '../executor/types';
import { formatDate, strftime } from './timeFormat';

/** `date [-u] [+FORMAT]` from the shell's virtual clock, always in UTC. */
export const date: CommandFn = async (ctx) => {
  let format: string | undefined;
  for (const arg of ctx.argv.slice(1)) {
    if (arg.startsWith('+')) format = arg.slice(1);
    else if (arg !== '-u' && arg !== '--utc' && arg !== '-R') {
      const what = arg.startsWith('-') ? `invalid option -- '${arg.slice(1, 2)}'` : `invalid date ‘${arg}’`;
      ctx.stderr.write(`date: ${what}\n${arg.startsWith('-') ? "Try 'date --help' for more information.\n" : ''}`);
      return 1;
    }
  }
  const now = ctx.now();
  ctx.stdout.write((format === undefined ? formatDate(now) : strftime(format, now)) + '\n');
  return 0;
};
