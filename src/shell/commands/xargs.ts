import type { CommandFn } from '../executor/types';
import { getopt } from './getopt';
import { withUsage } from './io';

/** Splits xargs input: blanks and newlines separate, quotes and backslashes group. */
export function splitXargsInput(text: string): string[] {
  const items: string[] = [];
  const re = /(?:[^\s'"\\]|\\.|'[^']*'|"[^"]*")+/g;
  for (const m of text.matchAll(re)) {
    items.push(m[0].replace(/\\(.)|'([^']*)'|"([^"]*)"/g, (_all, esc: string, sq: string, dq: string) => esc ?? sq ?? dq ?? ''));
  }
  return items;
}

const quote = (w: string): string => `'${w.replace(/'/g, `'\\''`)}'`;

/**
 * `xargs [-I R] [-n N] [-r] [-t] [COMMAND [ARGS]]`: builds command lines from stdin and runs
 * them through the shell. Status 123 when a command failed, 127 when it does not exist.
 */
export const xargs: CommandFn = (ctx) =>
  withUsage(ctx, 1, async () => {
    const argv = ctx.argv.slice(1);
    const commandStart = argv.findIndex((a, i) => !a.startsWith('-') && !(i > 0 && ['-I', '-n', '-d', '-L'].includes(argv[i - 1])));
    const optionArgs = commandStart < 0 ? argv : argv.slice(0, commandStart);
    const { opts } = getopt('xargs', optionArgs, { flags: 'rt0', withValue: 'IndL', long: { 'no-run-if-empty': 'r' } });
    const command = commandStart < 0 ? ['echo'] : argv.slice(commandStart);
    const n = opts.get('n') ?? opts.get('L');
    if (n !== undefined && !/^[1-9]\d*$/.test(n)) {
      ctx.stderr.write(`xargs: invalid number "${n}" for -${opts.has('n') ? 'n' : 'L'} option\nTry 'xargs --help' for more information.\n`);
      return 1;
    }
    const replace = opts.get('I');
    let invocations: string[][];
    if (replace !== undefined) {
      const lines = ctx.stdin.split('\n').map((l) => l.trim()).filter(Boolean);
      invocations = lines.map((line) => command.map((w) => w.split(replace).join(line)));
    } else {
      const items = opts.has('0') ? ctx.stdin.split('\0').filter(Boolean) : splitXargsInput(ctx.stdin);
      const size = n ? Number(n) : Math.max(1, items.length);
      invocations = [];
      for (let i = 0; i < items.length; i += size) invocations.push([...command, ...items.slice(i, i + size)]);
      if (items.length === 0 && !opts.has('r')) invocations.push(command);
    }
    let status = 0;
    for (const words of invocations) {
      if (ctx.interrupt.aborted) break;
      if (opts.has('t')) ctx.stderr.write(words.join(' ') + '\n');
      if (!ctx.shell.exists(words[0])) {
        ctx.stderr.write(`xargs: ${words[0]}: No such file or directory\n`);
        return 127;
      }
      const code = await ctx.shell.run(words.map(quote).join(' '), { stdout: ctx.stdout, stderr: ctx.stderr });
      if (code === 255) {
        ctx.stderr.write(`xargs: ${words[0]}: exited with status 255; aborting\n`);
        return 124;
      }
      if (code !== 0) status = 123;
    }
    return status;
  });
