/**
 * The functions a kubectl go-template can call: text/template's builtins plus kubectl's
 * `base64decode` (the one tutorials use to read Secrets).
 */
import { base64Decode } from '../util/base64';
import { GoFloat, NO_VALUE, TemplateExecError, goNumber, goPrint, goType, isMap, truthy } from './values';

type Fn = (...args: unknown[]) => unknown;

const plain = (v: unknown) => (v instanceof GoFloat ? v.value : v);

function compare(name: string, x: unknown, y: unknown): number {
  const a = plain(x);
  const b = plain(y);
  const basic = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  if (!basic(a) || !basic(b)) throw new TemplateExecError(`error calling ${name}: invalid type for comparison`);
  if (typeof a !== typeof b) throw new TemplateExecError(`error calling ${name}: incompatible types for comparison`);
  return a === b ? 0 : (a as number) < (b as number) ? -1 : 1;
}

/** fmt.Sprintf with the verbs people use in templates. */
export function sprintf(format: string, ...args: unknown[]): string {
  let i = 0;
  return format.replace(/%([-+ 0#]*)(\d*)(?:\.(\d+))?([vsdqfxXt%])/g, (_m, flags: string, width: string, prec: string | undefined, verb: string) => {
    if (verb === '%') return '%';
    if (i >= args.length) return `%!${verb}(MISSING)`;
    const raw = args[i++];
    const a = verb === 'v' || verb === 's' ? raw : plain(raw);
    let s: string;
    if (verb === 'q') s = JSON.stringify(goPrint(a));
    else if (verb === 'd') s = typeof a === 'number' ? String(Math.trunc(a)) : `%!d(${goType(a)}=${goPrint(a)})`;
    else if (verb === 'f') s = typeof a === 'number' ? a.toFixed(prec === undefined ? 6 : Number(prec)) : `%!f(${goType(a)}=${goPrint(a)})`;
    else if (verb === 'x' || verb === 'X') s = typeof a === 'number' ? a.toString(16) : [...goPrint(a)].map((c) => c.charCodeAt(0).toString(16)).join('');
    else s = typeof a === 'number' ? goNumber(a) : goPrint(a);
    if (verb === 'X') s = s.toUpperCase();
    if (width) s = flags.includes('-') ? s.padEnd(Number(width)) : s.padStart(Number(width), flags.includes('0') ? '0' : ' ');
    return s;
  });
}

function index(item: unknown, ...keys: unknown[]): unknown {
  let cur = item;
  for (const k of keys) {
    if (Array.isArray(cur)) {
      if (typeof k !== 'number') throw new TemplateExecError(`error calling index: cannot index slice/array with type ${goType(k)}`);
      if (k < 0 || k >= cur.length) throw new TemplateExecError(`error calling index: index out of range: ${k}`);
      cur = cur[k];
    } else if (isMap(cur)) cur = String(k) in cur ? cur[String(k)] : NO_VALUE;
    else if (cur === NO_VALUE || cur === null) cur = NO_VALUE;
    else throw new TemplateExecError(`error calling index: can't index item of type ${goType(cur)}`);
  }
  return cur;
}

function length(v: unknown): number {
  if (typeof v === 'string') return [...v].length;
  if (Array.isArray(v)) return v.length;
  if (isMap(v)) return Object.keys(v).length;
  throw new TemplateExecError(`error calling len: len of type ${goType(v)}`);
}

export const FUNCS: Record<string, Fn> = {
  and: (...args) => args.find((a) => !truthy(a)) ?? args[args.length - 1],
  or: (...args) => args.find((a) => truthy(a)) ?? args[args.length - 1],
  not: (a) => !truthy(a),
  len: length,
  index,
  print: (...args) => args.map((a, i) => (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string' ? ' ' : '') + goPrint(a)).join(''),
  println: (...args) => `${args.map(goPrint).join(' ')}\n`,
  printf: (format, ...args) => sprintf(String(format), ...args),
  eq: (a, ...bs) => bs.some((b) => compare('eq', a, b) === 0),
  ne: (a, b) => compare('ne', a, b) !== 0,
  lt: (a, b) => compare('lt', a, b) < 0,
  le: (a, b) => compare('le', a, b) <= 0,
  gt: (a, b) => compare('gt', a, b) > 0,
  ge: (a, b) => compare('ge', a, b) >= 0,
  base64decode: (v) => {
    const decoded = base64Decode(String(v));
    if (decoded === undefined) throw new TemplateExecError(`error calling base64decode: base64 decode failed: illegal base64 data at input byte 0`);
    return decoded;
  },
  exists: (item, ...keys) => index(item, ...keys) !== NO_VALUE,
};
