import type { CommandFn } from '../executor/types';
import { UsageError, getopt } from './getopt';
import { readInputs, toLines } from './io';
import { RegexError, compilePosix } from './regex/posixRegex';

const USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";

/**
 * `grep [-vicwnoqlhHxEFe] [-A|-B|-C NUM] PATTERNS [FILE…]`: exit 0 when something matched, 1
 * when not, 2 on errors (a missing file still lets other files match, but the status is 2).
 */
export const grep: CommandFn = async (ctx) => {
  let parsed;
  try {
    parsed = getopt('grep', ctx.argv.slice(1), {
      flags: 'vicwnoqlLhHxEFrsG',
      withValue: 'eABCm',
      long: {
        color: 'color',
        colour: 'color',
        'ignore-case': 'i',
        'invert-match': 'v',
        count: 'c',
        quiet: 'q',
        silent: 'q',
        'extended-regexp': 'E',
        regexp: 'e',
        'after-context': 'A',
        'before-context': 'B',
        context: 'C',
      },
      longWithValue: ['regexp', 'after-context', 'before-context', 'context'],
      numericShorthand: 'C',
    });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    ctx.stderr.write(`${e.message}\n${USAGE}`);
    return 2;
  }
  const { opts, all } = parsed;
  const operands = [...parsed.operands];
  const patterns = all.filter(([k]) => k === 'e').map(([, v]) => v);
  if (patterns.length === 0) {
    const p = operands.shift();
    if (p === undefined) {
      ctx.stderr.write(USAGE);
      return 2;
    }
    patterns.push(p);
  }
  let re: RegExp;
  try {
    re = buildRegex(patterns.flatMap((p) => p.split('\n')), opts);
  } catch (e) {
    if (!(e instanceof RegexError)) throw e;
    ctx.stderr.write(`grep: ${e.message}\n`);
    return 2;
  }
  const context = contextLines(opts);
  if (typeof context === 'string') {
    ctx.stderr.write(`grep: ${context}: invalid context length argument\n`);
    return 2;
  }
  const { inputs, failed } = readInputs(ctx, operands, (name, err) => (opts.has('s') ? '' : `grep: ${name}: ${err}`));
  const showName = opts.has('H') || (operands.length > 1 && !opts.has('h'));
  const maxCount = opts.has('m') ? Number(opts.get('m')) : Infinity;
  let matchedAny = false;
  let out = '';
  const printer: Printer = { re, opts, context, printedAny: false };
  for (const input of inputs) {
    const name = input.name === '-' ? '(standard input)' : input.name;
    const prefix = showName ? `${name}:` : '';
    const { count, text } = grepLines(toLines(input.text), showName ? name : '', maxCount, printer);
    out += text;
    if (count) matchedAny = true;
    if (opts.has('c')) out += `${prefix}${count}\n`;
    if (opts.has('l') && count) out += `${name}\n`;
    if (opts.has('L') && !count) out += `${name}\n`;
    if (opts.has('q') && matchedAny) break;
  }
  if (!opts.has('q')) ctx.stdout.write(out);
  if (failed && !(opts.has('q') && matchedAny)) return 2;
  return matchedAny ? 0 : 1;
};

interface Context {
  before: number;
  after: number;
  /** Any of -A/-B/-C given, even 0: then groups that do not touch are separated by `--`. */
  separate: boolean;
}

/** -A/-B win over -C whatever their order, as in GNU grep; the bad value when one is not a count. */
function contextLines(opts: Map<string, string>): Context | string {
  const parse = (key: string): number | string | undefined => {
    const v = opts.get(key);
    if (v === undefined) return undefined;
    return /^\d+$/.test(v) ? Number(v) : v;
  };
  const both = parse('C') ?? 0;
  const before = parse('B') ?? both;
  const after = parse('A') ?? both;
  for (const v of [both, before, after]) if (typeof v === 'string') return v;
  return { before: before as number, after: after as number, separate: ['A', 'B', 'C'].some((k) => opts.has(k)) };
}

interface Printer {
  re: RegExp;
  opts: Map<string, string>;
  context: Context;
  /** Whether any line was printed yet, in any file: groups after the first get a `--` line. */
  printedAny: boolean;
}

/**
 * One input's selected lines (and their context): how many were selected and what to print.
 * Selected lines read `name:num:line`, context lines `name-num-line`, and `--` separates groups
 * that do not touch. After the -m'th selected line only its trailing context follows.
 */
function grepLines(lines: string[], name: string, maxCount: number, p: Printer): { count: number; text: string } {
  const { re, opts } = p;
  const listing = opts.has('q') || opts.has('l') || opts.has('c') || opts.has('L');
  const { before, after, separate } = opts.has('o') || listing ? { before: 0, after: 0, separate: false } : p.context;
  let text = '';
  let count = 0;
  let last = -1;
  let afterLeft = 0;
  const print = (k: number, sep: ':' | '-', body: string) => {
    if (separate && p.printedAny && (last < 0 || k !== last + 1)) text += '--\n';
    text += `${name ? name + sep : ''}${opts.has('n') ? `${k + 1}${sep}` : ''}${body}\n`;
    p.printedAny = true;
    last = k;
  };
  for (const [i, line] of lines.entries()) {
    re.lastIndex = 0;
    const selected = count < maxCount && re.test(line) !== opts.has('v');
    if (!selected) {
      if (count >= maxCount && afterLeft === 0) break;
      if (afterLeft > 0) {
        print(i, '-', line);
        afterLeft--;
      }
      continue;
    }
    count++;
    if (listing) continue;
    for (let k = Math.max(last + 1, i - before); k < i; k++) print(k, '-', lines[k]);
    afterLeft = after;
    if (opts.has('o') && !opts.has('v')) {
      // matchAll starts at lastIndex, which test() just moved.
      re.lastIndex = 0;
      for (const m of line.matchAll(re)) if (m[0]) print(i, ':', m[0]);
    } else print(i, ':', line);
  }
  return { count, text };
}

function buildRegex(patterns: string[], opts: Map<string, string>): RegExp {
  const sources = patterns.map((p) => {
    if (opts.has('F')) return p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    return compilePosix(p, { extended: opts.has('E') }).source;
  });
  let source = sources.map((s) => `(?:${s})`).join('|');
  if (opts.has('x')) source = `^(?:${source})$`;
  else if (opts.has('w')) source = `(?<![A-Za-z0-9_])(?:${source})(?![A-Za-z0-9_])`;
  return new RegExp(source, 'g' + (opts.has('i') ? 'i' : ''));
}
