import type { CommandFn } from '../executor/types';
import { getopt } from './getopt';
import { fromLines, readInputs, toLines, withUsage } from './io';

type Range = [number, number];

/** `cut -f LIST [-d C] [-s]`, `cut -c LIST`, `cut -b LIST`; LIST like `1,3-5,7-`. */
export const cut: CommandFn = (ctx) =>
  withUsage(ctx, 1, () => {
    const { opts, operands } = getopt('cut', ctx.argv.slice(1), {
      flags: 's',
      withValue: 'fdcb',
      long: { fields: 'f', delimiter: 'd', characters: 'c', bytes: 'b', 'only-delimited': 's' },
      longWithValue: ['fields', 'delimiter', 'characters', 'bytes'],
    });
    const mode = ['f', 'c', 'b'].filter((k) => opts.has(k));
    if (mode.length === 0) {
      ctx.stderr.write(`cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n`);
      return 1;
    }
    if (mode.length > 1) {
      ctx.stderr.write(`cut: only one type of list may be specified\nTry 'cut --help' for more information.\n`);
      return 1;
    }
    const delim = opts.get('d') ?? '\t';
    if ([...delim].length !== 1) {
      ctx.stderr.write(`cut: the delimiter must be a single character\nTry 'cut --help' for more information.\n`);
      return 1;
    }
    const list = opts.get(mode[0])!;
    const ranges = parseList(list);
    if (!ranges) {
      ctx.stderr.write(`cut: invalid field value ‘${list}’\nTry 'cut --help' for more information.\n`);
      return 1;
    }
    const selected = (i: number): boolean => ranges.some(([a, b]) => i >= a && i <= b);
    const { inputs, failed } = readInputs(ctx, operands, (name, err) => `cut: ${name}: ${err}`);
    const out: string[] = [];
    for (const line of inputs.flatMap((i) => toLines(i.text))) {
      if (mode[0] !== 'f') {
        out.push([...line].filter((_, i) => selected(i + 1)).join(''));
        continue;
      }
      if (!line.includes(delim)) {
        if (!opts.has('s')) out.push(line);
        continue;
      }
      out.push(line.split(delim).filter((_, i) => selected(i + 1)).join(delim));
    }
    ctx.stdout.write(fromLines(out));
    return failed ? 1 : 0;
  });

function parseList(list: string): Range[] | undefined {
  const ranges: Range[] = [];
  for (const item of list.split(',')) {
    const m = /^(\d*)(-?)(\d*)$/.exec(item);
    if (!m || (!m[1] && !m[3]) || item === '0') return undefined;
    const a = m[1] ? Number(m[1]) : 1;
    const b = m[2] ? (m[3] ? Number(m[3]) : Infinity) : a;
    if (a === 0) return undefined;
    ranges.push([a, b]);
  }
  return ranges;
}
