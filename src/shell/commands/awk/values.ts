/** Input-derived text (fields, `$0`, -v values) that compares as a number when it looks like one. */
export class StrNum {
  constructor(readonly s: string) {}
}

export type Value = number | string | StrNum;

/** An unset variable: both "" and 0, so `x == 0` and `x == ""` are both true. */
export const UNINIT = new StrNum('');

const NUMERIC = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

export function toNum(v: Value): number {
  if (typeof v === 'number') return v;
  const s = v instanceof StrNum ? v.s : v;
  const m = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(s);
  return m ? Number(m[0]) : 0;
}

export function toStr(v: Value, convfmt = '%.6g'): string {
  if (typeof v === 'string') return v;
  if (v instanceof StrNum) return v.s;
  if (Number.isInteger(v)) return String(v);
  return formatNumber(convfmt, v);
}

export function toBool(v: Value): boolean {
  if (typeof v === 'number') return v !== 0;
  if (v instanceof StrNum) return looksNumeric(v.s) ? toNum(v) !== 0 : v.s !== '';
  return v !== '';
}

export function looksNumeric(s: string): boolean {
  return NUMERIC.test(s);
}

/** POSIX comparison: numeric when both sides are numbers or numeric-looking input, else string. */
export function compare(a: Value, b: Value): number {
  const numA = typeof a === 'number' || (a instanceof StrNum && looksNumeric(a.s)) || (a === UNINIT && typeof b === 'number');
  const numB = typeof b === 'number' || (b instanceof StrNum && looksNumeric(b.s)) || (b === UNINIT && typeof a === 'number');
  if (numA && numB) return toNum(a) - toNum(b);
  const sa = toStr(a);
  const sb = toStr(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** `%.6g` and friends for one number, as C's printf formats it. */
export function formatNumber(spec: string, n: number): string {
  const m = /^%([-+ #0]*)(\d*)(?:\.(\d+))?([dieEfgGxXoc])$/.exec(spec);
  if (!m) return String(n);
  return formatOne(m[1], m[2], m[3], m[4], n);
}

export function formatOne(flags: string, width: string, precision: string | undefined, conv: string, n: number): string {
  let s: string;
  switch (conv) {
    case 'd':
    case 'i':
      s = String(Math.trunc(n));
      break;
    case 'x':
    case 'X':
      s = Math.trunc(n).toString(16);
      if (conv === 'X') s = s.toUpperCase();
      break;
    case 'o':
      s = Math.trunc(n).toString(8);
      break;
    case 'e':
    case 'E':
      s = n.toExponential(Number(precision ?? 6)).replace(/e([+-])(\d)$/, 'e$10$2');
      if (conv === 'E') s = s.toUpperCase();
      break;
    case 'f':
      s = n.toFixed(Number(precision ?? 6));
      break;
    case 'c':
      s = String.fromCharCode(n);
      break;
    default:
      s = formatG(n, Number(precision ?? 6), flags.includes('#'));
      if (conv === 'G') s = s.toUpperCase();
  }
  if (flags.includes('+') && n >= 0 && conv !== 'c') s = '+' + s;
  const w = Number(width || 0);
  if (s.length >= w) return s;
  if (flags.includes('-')) return s.padEnd(w);
  if (flags.includes('0') && conv !== 'c') return (s.startsWith('-') ? '-' + s.slice(1).padStart(w - 1, '0') : s.padStart(w, '0'));
  return s.padStart(w);
}

function formatG(n: number, precision: number, keepZeros: boolean): string {
  const p = precision === 0 ? 1 : precision;
  if (n === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(n)));
  let s: string;
  if (exp < -4 || exp >= p) {
    s = n.toExponential(p - 1);
    if (!keepZeros) s = s.replace(/\.?0+e/, 'e');
    s = s.replace(/e([+-])(\d)$/, 'e$10$2');
  } else {
    s = n.toFixed(Math.max(0, p - 1 - exp));
    if (!keepZeros && s.includes('.')) s = s.replace(/\.?0+$/, '');
  }
  return s;
}
