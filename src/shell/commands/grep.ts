import type { CommandFn } from '../executor/types';
import { UsageError, getopt } from './getopt';
import { readInputs, toLines } from './io';
import { RegexError, compilePosix } from './regex/posixRegex';

const USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";

/**
 * `grep [-vicwnoqlhHxEFe] PATTERNS [FILE…]`: exit 0 when something matched, 1 when not,
 * 2 on errors (a missing file still lets other files match, but the status is 2).
 */
export const grep: CommandFn = async (ctx) => {
  let parsed;
  try {
    parsed = getopt('grep', ctx.argv.slice(1), {
      flags: 'vicwnoqlLhHxEFrsG',
      withValue: 'eABCm',
      long: { color: 'color', colour: 'color', 'ignore-case': 'i', 'invert-match': 'v', count: 'c', quiet: 'q', silent: 'q', 'extended-regexp': 'E', regexp: 'e' },
      longWithValue: ['regexp'],
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
  const { inputs, failed } = readInputs(ctx, operands, (name, err) => (opts.has('s') ? '' : `grep: ${name}: ${err}`));
  const showName = opts.has('H') || (operands.length > 1 && !opts.has('h'));
  const maxCount = opts.has('m') ? Number(opts.get('m')) : Infinity;
  let matchedAny = false;
  let out = '';
  for (const input of inputs) {
    const name = input.name === '-' ? '(standard input)' : input.name;
    const prefix = showName ? `${name}:` : '';
    let count = 0;
    for (const [i, line] of toLines(input.text).entries()) {
      if (count >= maxCount) break;
      re.lastIndex = 0;
      if (re.test(line) === opts.has('v')) continue;
      count++;
      if (opts.has('q') || opts.has('l') || opts.has('c') || opts.has('L')) continue;
      const num = opts.has('n') ? `${i + 1}:` : '';
      if (opts.has('o') && !opts.has('v')) {
        // matchAll starts at lastIndex, which test() just moved.
        re.lastIndex = 0;
        for (const m of line.matchAll(re)) if (m[0]) out += `${prefix}${num}${m[0]}\n`;
      } else out += `${prefix}${num}${line}\n`;
    }
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
