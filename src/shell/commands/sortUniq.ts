import type { CommandFn } from '../executor/types';
import { getopt } from './getopt';
import { fromLines, readInputs, toLines, withUsage } from './io';

interface KeySpec {
  start: number;
  end: number | undefined;
}

/** `sort [-r] [-n] [-u] [-k N[,M]] [-t SEP] [-h]`: byte order (LC_ALL=C), stable on ties. */
export const sort: CommandFn = (ctx) =>
  withUsage(ctx, 2, () => {
    const { opts, all, operands } = getopt('sort', ctx.argv.slice(1), { flags: 'rnufbhV', withValue: 'kto', long: { reverse: 'r', unique: 'u', 'numeric-sort': 'n' } });
    const { inputs, failed } = readInputs(ctx, operands, (name, err) => `sort: cannot read: ${name}: ${err}`);
    if (failed) return 2;
    const sep = opts.get('t');
    const keys: KeySpec[] = all.filter(([k]) => k === 'k').map(([, v]) => parseKey(v));
    const numeric = opts.has('n') || opts.has('h');
    const fold = opts.has('f');
    const keyOf = (line: string): string => {
      if (!keys.length) return line;
      const fields = sep !== undefined ? line.split(sep) : line.trim().split(/\s+/);
      const { start, end } = keys[0];
      return fields.slice(start - 1, end ?? fields.length).join(sep ?? ' ');
    };
    const compare = (a: string, b: string): number => {
      let ka = keyOf(a);
      let kb = keyOf(b);
      if (numeric) {
        const d = numberOf(ka) - numberOf(kb);
        if (d !== 0) return d;
        if (keys.length || opts.has('u')) return 0;
      }
      if (fold) [ka, kb] = [ka.toUpperCase(), kb.toUpperCase()];
      const byKey = ka < kb ? -1 : ka > kb ? 1 : 0;
      if (byKey !== 0 || opts.has('u')) return byKey;
      return a < b ? -1 : a > b ? 1 : 0;
    };
    let lines = inputs.flatMap((i) => toLines(i.text)).sort(compare);
    if (opts.has('r')) lines.reverse();
    if (opts.has('u')) lines = lines.filter((l, i) => i === 0 || compare(lines[i - 1], l) !== 0);
    ctx.stdout.write(fromLines(lines));
    return 0;
  });

function parseKey(v: string): KeySpec {
  const [a, b] = v.split(',');
  return { start: parseInt(a, 10) || 1, end: b === undefined ? undefined : parseInt(b, 10) || undefined };
}

const SUFFIX: Record<string, number> = { K: 1e3, M: 1e6, G: 1e9, T: 1e12, Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3 };

function numberOf(s: string): number {
  const m = /^\s*(-?\d+(?:\.\d+)?)(Ki|Mi|Gi|[KMGT])?/.exec(s);
  if (!m) return 0;
  return Number(m[1]) * (m[2] ? SUFFIX[m[2]] : 1);
}

/** `uniq [-c] [-d] [-u] [-i]`: collapses adjacent equal lines; `-c` as `%7d %s`. */
export const uniq: CommandFn = (ctx) =>
  withUsage(ctx, 1, () => {
    const { opts, operands } = getopt('uniq', ctx.argv.slice(1), { flags: 'cdui', long: { count: 'c' } });
    const { inputs, failed } = readInputs(ctx, operands.slice(0, 1), (name, err) => `uniq: ${name}: ${err}`);
    if (failed) return 1;
    const same = (a: string, b: string): boolean => (opts.has('i') ? a.toLowerCase() === b.toLowerCase() : a === b);
    const groups: { line: string; n: number }[] = [];
    for (const line of toLines(inputs[0]?.text ?? '')) {
      const last = groups[groups.length - 1];
      if (last && same(last.line, line)) last.n++;
      else groups.push({ line, n: 1 });
    }
    const kept = groups.filter((g) => (!opts.has('d') || g.n > 1) && (!opts.has('u') || g.n === 1));
    ctx.stdout.write(fromLines(kept.map((g) => (opts.has('c') ? `${String(g.n).padStart(7)} ${g.line}` : g.line))));
    return 0;
  });
