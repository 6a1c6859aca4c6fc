import type { CommandFn } from '../executor/types';
import { getopt } from './getopt';
import { readInputs, withUsage } from './io';

/** Splits into lines keeping each line's newline, so the last line may lack one. */
function splitKeep(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * `head`/`tail` with `-n N` (or `-N`) and `-c N`; `head -n -N` drops the last N lines,
 * `tail -n +N` starts at line N. Several files get `==> name <==` headers.
 */
function headOrTail(tool: 'head' | 'tail'): CommandFn {
  return (ctx) =>
    withUsage(ctx, 1, () => {
      const { opts, operands } = getopt(tool, ctx.argv.slice(1), {
        flags: 'qvf',
        withValue: 'nc',
        long: { lines: 'n', bytes: 'c', quiet: 'q', follow: 'f' },
        longWithValue: ['lines', 'bytes'],
        numericShorthand: 'n',
      });
      const bytes = opts.has('c');
      const raw = (bytes ? opts.get('c') : opts.get('n')) ?? '10';
      if (!/^[+-]?\d+$/.test(raw)) {
        ctx.stderr.write(`${tool}: invalid number of ${bytes ? 'bytes' : 'lines'}: ‘${raw}’\n`);
        return 1;
      }
      const n = Math.abs(Number(raw));
      const { inputs, failed } = readInputs(ctx, operands, (name, err) => `${tool}: cannot open '${name}' for reading: ${err}`);
      inputs.forEach((input, i) => {
        if (inputs.length > 1 && !opts.has('q')) {
          ctx.stdout.write(`${i ? '\n' : ''}==> ${input.name === '-' ? 'standard input' : input.name} <==\n`);
        }
        const units = bytes ? [...input.text] : splitKeep(input.text);
        ctx.stdout.write(pick(tool, units, n, raw).join(''));
      });
      return failed ? 1 : 0;
    });
}

function pick(tool: 'head' | 'tail', units: string[], n: number, raw: string): string[] {
  if (tool === 'head') return raw.startsWith('-') ? units.slice(0, Math.max(0, units.length - n)) : units.slice(0, n);
  if (raw.startsWith('+')) return units.slice(Math.max(0, n - 1));
  return n === 0 ? [] : units.slice(-n);
}

export const head = headOrTail('head');
export const tail = headOrTail('tail');
