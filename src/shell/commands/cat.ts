import type { CommandFn } from '../executor/types';
import { getopt } from './getopt';
import { readInputs, toLines, withUsage } from './io';

/** `cat [-n] [FILE|-]…`. */
export const cat: CommandFn = (ctx) =>
  withUsage(ctx, 1, () => {
    const { opts, operands } = getopt('cat', ctx.argv.slice(1), { flags: 'nAbesTuv', long: { number: 'n' } });
    const { inputs, failed } = readInputs(ctx, operands, (name, err) => `cat: ${name}: ${err}`);
    let text = inputs.map((i) => i.text).join('');
    if (opts.has('n')) {
      const endsWithNewline = text.endsWith('\n');
      text = toLines(text)
        .map((l, i) => `${String(i + 1).padStart(6)}\t${l}`)
        .join('\n') + (endsWithNewline ? '\n' : '');
    }
    ctx.stdout.write(text);
    return failed ? 1 : 0;
  });

/** `tee [-a] FILE…`: copies stdin to stdout and to each file. */
export const tee: CommandFn = (ctx) =>
  withUsage(ctx, 1, () => {
    const { opts, operands } = getopt('tee', ctx.argv.slice(1), { flags: 'a', long: { append: 'a' } });
    let status = 0;
    for (const name of operands) {
      const path = ctx.fs.resolve(ctx.cwd, name);
      try {
        ctx.fs.writeFile(path, ctx.stdin, opts.has('a'));
      } catch (e) {
        ctx.stderr.write(`tee: ${name}: ${(e as Error).message}\n`);
        status = 1;
      }
    }
    ctx.stdout.write(ctx.stdin);
    return status;
  });
