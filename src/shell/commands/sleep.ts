import type { CommandFn } from '../executor/types';
import { STATUS_INTERRUPTED } from '../executor/Executor';

const UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** `sleep NUMBER[smhd]…`: waits the sum in virtual time; Ctrl-C ends it with status 130. */
export const sleep: CommandFn = async (ctx) => {
  const args = ctx.argv.slice(1);
  if (args.length === 0) {
    ctx.stderr.write(`sleep: missing operand\nTry 'sleep --help' for more information.\n`);
    return 1;
  }
  let total = 0;
  for (const arg of args) {
    const m = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(arg);
    if (!m) {
      ctx.stderr.write(`sleep: invalid time interval ‘${arg}’\nTry 'sleep --help' for more information.\n`);
      return 1;
    }
    total += Number(m[1]) * UNIT[m[2]];
  }
  await ctx.sleep(total);
  return ctx.interrupt.aborted ? STATUS_INTERRUPTED : 0;
};
