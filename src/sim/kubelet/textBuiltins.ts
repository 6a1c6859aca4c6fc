/**
 * The text filters container scripts pipe through: head, tail, wc, grep, sort, uniq. Options
 * parse like getopt (`-vc`, `-n2`, `-n 2`), plus head/tail's historical `-4`.
 */
import { lines, readInputs, type Builtin, type BuiltinIO, type BuiltinResult } from './builtinIO';

interface Parsed {
  flags: Set<string>;
  values: Record<string, string>;
  operands: string[];
}

/** `takesValue` lists the options followed by an argument (`-n 2` or `-n2`). */
function parseOptions(args: string[], takesValue: string): Parsed {
  const parsed: Parsed = { flags: new Set(), values: {}, operands: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      parsed.operands.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      parsed.operands.push(a);
      continue;
    }
    if (/^-\d+$/.test(a)) {
      parsed.values.n = a.slice(1);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const flag = a[j];
      if (!takesValue.includes(flag)) {
        parsed.flags.add(flag);
        continue;
      }
      parsed.values[flag] = j + 1 < a.length ? a.slice(j + 1) : (args[++i] ?? '');
      break;
    }
  }
  return parsed;
}

const joinLines = (list: string[]) => list.map((l) => `${l}\n`).join('');

function withInput(cmd: string, operands: string[], io: BuiltinIO, body: (text: string) => BuiltinResult): BuiltinResult {
  const { text, errors } = readInputs(cmd, operands, io);
  const r = body(text);
  return errors ? { ...r, status: 1, stderr: (r.stderr ?? '') + errors } : r;
}

function head(args: string[], io: BuiltinIO): BuiltinResult {
  const o = parseOptions(args, 'n');
  const n = Number(o.values.n ?? 10);
  return withInput('head', o.operands, io, (text) => ({ status: 0, stdout: joinLines(lines(text).slice(0, n)) }));
}

/** `-n +K` starts at line K; `-n K` keeps the last K. */
function tail(args: string[], io: BuiltinIO): BuiltinResult {
  const o = parseOptions(args, 'n');
  const spec = o.values.n ?? '10';
  return withInput('tail', o.operands, io, (text) => {
    const all = lines(text);
    const kept = spec.startsWith('+') ? all.slice(Math.max(0, Number(spec.slice(1)) - 1)) : Number(spec) === 0 ? [] : all.slice(-Number(spec));
    return { status: 0, stdout: joinLines(kept) };
  });
}

/**
 * One count prints bare; several are padded, busybox to 9 columns, coreutils to 7 on stdin and
 * to the width of the byte count for files.
 */
function wc(args: string[], io: BuiltinIO): BuiltinResult {
  const o = parseOptions(args, '');
  const chosen = ['l', 'w', 'c'].filter((f) => o.flags.has(f) || (f === 'c' && o.flags.has('m')));
  const fields = chosen.length ? chosen : ['l', 'w', 'c'];
  return withInput('wc', o.operands, io, (text) => {
    const counts: Record<string, number> = { l: text.split('\n').length - 1, w: text.split(/\s+/).filter(Boolean).length, c: text.length };
    const values = fields.map((f) => counts[f]);
    const width = fields.length === 1 ? 0 : io.flavour === 'busybox' ? 9 : o.operands.length ? String(counts.c).length : 7;
    const name = o.operands.length === 1 ? ` ${o.operands[0]}` : '';
    return { status: 0, stdout: `${values.map((v) => String(v).padStart(width)).join(' ')}${name}\n` };
  });
}

/** A basic regular expression as JavaScript reads one: `\(`, `\|`, `\+` are operators, bare `(`, `|`, `+` literals. */
function fromBasicRegex(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\' && i + 1 < pattern.length) {
      const next = pattern[++i];
      out += '(){}|+?'.includes(next) ? next : `\\${next}`;
    } else out += '(){}|+?'.includes(ch) ? `\\${ch}` : ch;
  }
  return out;
}

function matcher(pattern: string, o: Parsed): (line: string) => boolean {
  const flags = o.flags.has('i') ? 'i' : '';
  if (o.flags.has('F')) {
    const needle = o.flags.has('i') ? pattern.toLowerCase() : pattern;
    return (l) => (o.flags.has('i') ? l.toLowerCase() : l).includes(needle);
  }
  try {
    const re = new RegExp(o.flags.has('E') ? pattern : fromBasicRegex(pattern), flags);
    return (l) => re.test(l);
  } catch {
    return (l) => l.includes(pattern);
  }
}

function grep(args: string[], io: BuiltinIO): BuiltinResult {
  const o = parseOptions(args, 'e');
  const pattern = o.values.e ?? o.operands.shift() ?? '';
  const files = o.operands;
  const test = matcher(pattern, o);
  let stdout = '';
  let matched = 0;
  let errors = '';
  for (const file of files.length ? files : ['-']) {
    const input = readInputs('grep', file === '-' ? [] : [file], io);
    errors += input.errors;
    const prefix = files.length > 1 ? `${file}:` : '';
    const hits = lines(input.text)
      .map((text, i) => ({ text, n: i + 1 }))
      .filter((l) => test(l.text) !== o.flags.has('v'));
    matched += hits.length;
    if (o.flags.has('c')) stdout += `${prefix}${hits.length}\n`;
    else stdout += hits.map((h) => `${prefix}${o.flags.has('n') ? `${h.n}:` : ''}${h.text}\n`).join('');
  }
  const status = matched ? 0 : errors ? 2 : 1;
  return { status, stdout: o.flags.has('q') ? '' : stdout, stderr: o.flags.has('s') ? '' : errors };
}

function sort(args: string[], io: BuiltinIO): BuiltinResult {
  const o = parseOptions(args, 'ko');
  return withInput('sort', o.operands, io, (text) => {
    const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const numeric = (s: string) => Number.parseFloat(s) || 0;
    const cmp = o.flags.has('n') ? (a: string, b: string) => numeric(a) - numeric(b) || byText(a, b) : byText;
    let sorted = [...lines(text)].sort(cmp);
    if (o.flags.has('r')) sorted.reverse();
    if (o.flags.has('u')) sorted = sorted.filter((l, i) => i === 0 || cmp(l, sorted[i - 1]) !== 0);
    return { status: 0, stdout: joinLines(sorted) };
  });
}

/** Adjacent duplicates only, as uniq has always done; `-c` counts in a 7-wide column. */
function uniq(args: string[], io: BuiltinIO): BuiltinResult {
  const o = parseOptions(args, '');
  return withInput('uniq', o.operands.slice(0, 1), io, (text) => {
    const runs: { line: string; count: number }[] = [];
    for (const line of lines(text)) {
      const last = runs[runs.length - 1];
      if (last && last.line === line) last.count++;
      else runs.push({ line, count: 1 });
    }
    const kept = runs.filter((r) => (o.flags.has('d') ? r.count > 1 : o.flags.has('u') ? r.count === 1 : true));
    return { status: 0, stdout: kept.map((r) => `${o.flags.has('c') ? `${String(r.count).padStart(7)} ` : ''}${r.line}\n`).join('') };
  });
}

export const textBuiltins: Record<string, Builtin> = { head, tail, wc, grep, egrep: (args, io) => grep(['-E', ...args], io), sort, uniq };
