import type { CommandFn } from '../executor/types';
import { getopt } from './getopt';
import { withUsage } from './io';

const CLASSES: Record<string, string> = {
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  digit: '0123456789',
  space: ' \t\n\r\v\f',
  blank: ' \t',
  punct: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
};
CLASSES.alpha = CLASSES.upper + CLASSES.lower;
CLASSES.alnum = CLASSES.alpha + CLASSES.digit;

/** Expands a tr SET: ranges `a-z`, classes `[:upper:]`, escapes `\n`. */
export function expandSet(set: string): string[] {
  const out: string[] = [];
  const chars: string[] = [];
  for (let i = 0; i < set.length; i++) {
    const cls = /^\[:([a-z]+):\]/.exec(set.slice(i));
    if (cls && CLASSES[cls[1]]) {
      chars.push(...CLASSES[cls[1]]);
      i += cls[0].length - 1;
      continue;
    }
    if (set[i] === '\\' && i + 1 < set.length) {
      const e = set[++i];
      chars.push(({ n: '\n', t: '\t', r: '\r', '\\': '\\' } as Record<string, string>)[e] ?? e);
      continue;
    }
    if (set[i + 1] === '-' && i + 2 < set.length) {
      for (let c = set.charCodeAt(i); c <= set.charCodeAt(i + 2); c++) chars.push(String.fromCharCode(c));
      i += 2;
      continue;
    }
    chars.push(set[i]);
  }
  out.push(...chars);
  return out;
}

/** `tr SET1 SET2`, `tr -d SET`, `tr -s SET`, `tr -ds`, `-c` complement for -d. */
export const tr: CommandFn = (ctx) =>
  withUsage(ctx, 1, () => {
    const { opts, operands } = getopt('tr', ctx.argv.slice(1), { flags: 'dscC', long: { delete: 'd', 'squeeze-repeats': 's' } });
    const del = opts.has('d');
    const squeeze = opts.has('s');
    const need = del === squeeze ? 2 : 1;
    if (operands.length === 0) {
      ctx.stderr.write(`tr: missing operand\nTry 'tr --help' for more information.\n`);
      return 1;
    }
    if (operands.length < need) {
      ctx.stderr.write(`tr: missing operand after ‘${operands[0]}’\n${del ? 'Two strings must be given when both deleting and squeezing repeats.' : 'Two strings must be given when translating.'}\nTry 'tr --help' for more information.\n`);
      return 1;
    }
    const set1 = expandSet(operands[0]);
    const complement = opts.has('c') || opts.has('C');
    const inSet1 = (c: string): boolean => set1.includes(c) !== complement;
    const set2 = operands[1] !== undefined ? expandSet(operands[1]) : [];
    let text = [...ctx.stdin];
    if (del) text = text.filter((c) => !inSet1(c));
    else if (set2.length) {
      text = text.map((c) => {
        const i = set1.indexOf(c);
        return i < 0 ? c : set2[Math.min(i, set2.length - 1)];
      });
    }
    if (squeeze) {
      const squeezeSet = del || set2.length ? set2 : set1;
      text = text.filter((c, i) => !(i > 0 && text[i - 1] === c && (squeezeSet === set1 ? inSet1(c) : squeezeSet.includes(c))));
    }
    ctx.stdout.write(text.join(''));
    return 0;
  });
