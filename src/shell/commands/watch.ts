import type { CommandFn } from '../executor/types';
import { STATUS_INTERRUPTED } from '../executor/Executor';
import { CLEAR_SCREEN } from './basics';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** ctime(3) without the newline, as watch prints it: `Sun Nov 22 04:12:07 2026`. */
function ctime(ms: number): string {
  const d = new Date(ms);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

/**
 * `watch [-n SECONDS] [-t] COMMAND…`: clears the screen, prints the header and the command's
 * output, waits N virtual seconds, and repeats until Ctrl-C. The words are joined with spaces
 * and run by the shell (like watch's `sh -c`).
 */
export const watch: CommandFn = async (ctx) => {
  const args = ctx.argv.slice(1);
  let interval = 2;
  let title = true;
  while (args.length && args[0].startsWith('-')) {
    const opt = args.shift()!;
    if (opt === '-t' || opt === '--no-title') title = false;
    else if (opt === '-n' || opt === '--interval' || /^-n\d/.test(opt) || opt.startsWith('--interval=')) {
      const value = /^-n\d/.test(opt) ? opt.slice(2) : opt.includes('=') ? opt.split('=')[1] : args.shift();
      interval = Number(value);
      if (value === undefined || Number.isNaN(interval)) {
        ctx.stderr.write(`watch: failed to parse argument: '${value ?? ''}'\n`);
        return 1;
      }
      interval = Math.max(0.1, interval);
    } else if (opt === '--') break;
    else {
      ctx.stderr.write(`watch: invalid option -- '${opt.slice(1, 2)}'\n`);
      return 1;
    }
  }
  if (args.length === 0) {
    ctx.stderr.write('Usage:\n watch [options] command\n');
    return 1;
  }
  const line = args.join(' ');
  for (let round = 0; !ctx.interrupt.aborted && round < ctx.shell.maxWatchRounds; round++) {
    let out = '';
    const sink = { write: (s: string): void => void (out += s) };
    await ctx.shell.run(line, { stdout: sink, stderr: sink });
    let screen = CLEAR_SCREEN;
    if (title) {
      const left = `Every ${interval.toFixed(1)}s: ${line}`;
      const right = `${ctx.hostname}: ${ctime(ctx.now())}`;
      const width = ctx.columns ?? 80;
      screen += left + ' '.repeat(Math.max(1, width - left.length - right.length)) + right + '\n\n';
    }
    ctx.stdout.write(screen + out);
    await ctx.sleep(interval);
  }
  return ctx.interrupt.aborted ? STATUS_INTERRUPTED : 0;
};
