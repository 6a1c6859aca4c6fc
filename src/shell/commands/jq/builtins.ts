import { byteLength } from '../../../common/utf8';
import type { JqAst } from './ast';
import { type Vars, deletePaths, evaluate, iterate, paths } from './evaluate';
import { type Json, JqRuntimeError, compareJson, describeValue, formatJson, isObject, truthy, typeOf } from './values';

type Builtin = (input: Json, args: JqAst[], vars: Vars) => Json[];

const one = (fn: (input: Json) => Json): Builtin => (input) => [fn(input)];
const eachArg = (fn: (input: Json, arg: Json) => Json): Builtin => (input, args, vars) => evaluate(args[0], input, vars).map((a) => fn(input, a));

function requireArray(v: Json, what: string): Json[] {
  if (!Array.isArray(v)) throw new JqRuntimeError(`Cannot ${what} ${describeValue(v)}`);
  return v;
}

function requireString(v: Json, fn: string): string {
  if (typeof v !== 'string') throw new JqRuntimeError(`${describeValue(v)} cannot be ${fn}`);
  return v;
}

function length(v: Json): Json {
  if (v === null) return 0;
  if (typeof v === 'boolean') throw new JqRuntimeError(`boolean (${v}) has no length`);
  if (typeof v === 'number') return Math.abs(v);
  if (typeof v === 'string') return [...v].length;
  return Array.isArray(v) ? v.length : Object.keys(v).length;
}

function keys(v: Json, sorted: boolean): Json {
  if (Array.isArray(v)) return v.map((_, i) => i);
  if (!isObject(v)) throw new JqRuntimeError(`${describeValue(v)} has no keys`);
  return sorted ? Object.keys(v).sort() : Object.keys(v);
}

function by(input: Json, f: JqAst, vars: Vars): { item: Json; key: Json }[] {
  return requireArray(input, 'sort').map((item) => ({ item, key: evaluate(f, item, vars) }));
}

function groupBy(input: Json, f: JqAst, vars: Vars): Json[][] {
  const sorted = by(input, f, vars).sort((a, b) => compareJson(a.key, b.key));
  const groups: { key: Json; items: Json[] }[] = [];
  for (const e of sorted) {
    const last = groups[groups.length - 1];
    if (last && compareJson(last.key, e.key) === 0) last.items.push(e.item);
    else groups.push({ key: e.key, items: [e.item] });
  }
  return groups.map((g) => g.items);
}

function toEntries(v: Json): Json {
  if (!isObject(v)) throw new JqRuntimeError(`${describeValue(v)} has no keys`);
  return Object.entries(v).map(([key, value]) => ({ key, value }));
}

function fromEntries(v: Json): Json {
  const out: Record<string, Json> = {};
  for (const e of requireArray(v, 'iterate over')) {
    if (!isObject(e)) throw new JqRuntimeError(`Cannot index ${typeOf(e)} with "key"`);
    const k = e.key ?? e.k ?? e.name ?? e.Name ?? e.Key ?? e.K;
    out[typeof k === 'string' ? k : formatJson(k ?? null, { compact: true, raw: false })] = e.value ?? e.v ?? e.Value ?? e.V ?? null;
  }
  return out;
}

function tostring(v: Json): Json {
  return typeof v === 'string' ? v : formatJson(v, { compact: true, raw: false });
}

function tonumber(v: Json): Json {
  if (typeof v === 'number') return v;
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  if (Number.isNaN(n)) throw new JqRuntimeError(`Cannot parse '${String(v)}' as JSON`);
  return n;
}

function flatten(v: Json[], depth: number): Json[] {
  return v.flatMap((x) => (Array.isArray(x) && depth > 0 ? flatten(x, depth - 1) : [x]));
}

function testRegex(input: Json, re: Json, flags: Json): boolean {
  return new RegExp(requireString(re, 'matched, as it is not a string'), typeof flags === 'string' ? flags.replace(/[gnsxl]/g, '') : '').test(requireString(input, 'matched, as it is not a string'));
}

const BUILTINS: Record<string, Builtin> = {
  empty: () => [],
  not: one((v) => !truthy(v)),
  length: one(length),
  utf8bytelength: one((v) => byteLength(requireString(v, 'measured'))),
  keys: one((v) => keys(v, true)),
  keys_unsorted: one((v) => keys(v, false)),
  values: (input) => (input === null ? [] : [input]),
  has: eachArg((input, k) => (Array.isArray(input) ? typeof k === 'number' && k >= 0 && k < input.length : isObject(input) && typeof k === 'string' && k in input)),
  in: eachArg((input, obj) => isObject(obj) && typeof input === 'string' && input in obj),
  contains: eachArg((input, b) => contains(input, b)),
  select: (input, args, vars) => (evaluate(args[0], input, vars).some(truthy) ? [input] : []),
  map: (input, args, vars) => [iterate(input).flatMap((x) => evaluate(args[0], x, vars))],
  map_values: (input, args, vars) => {
    if (Array.isArray(input)) return [input.flatMap((x) => evaluate(args[0], x, vars).slice(0, 1))];
    if (!isObject(input)) throw new JqRuntimeError(`Cannot iterate over ${typeOf(input)}`);
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(input)) {
      const r = evaluate(args[0], v, vars);
      if (r.length) out[k] = r[0];
    }
    return [out];
  },
  to_entries: one(toEntries),
  from_entries: one(fromEntries),
  with_entries: (input, args, vars) => [fromEntries((toEntries(input) as Json[]).flatMap((e) => evaluate(args[0], e, vars)))],
  add: one((v) => iterate(v).reduce<Json>((acc, x) => (acc === null ? x : x === null ? acc : addTwo(acc, x)), null)),
  any: (input, args, vars) => [args.length ? iterate(input).some((x) => evaluate(args[0], x, vars).some(truthy)) : iterate(input).some(truthy)],
  all: (input, args, vars) => [args.length ? iterate(input).every((x) => evaluate(args[0], x, vars).every(truthy)) : iterate(input).every(truthy)],
  range: (input, args, vars) => {
    const [from, to] = args.length === 1 ? [0, evaluate(args[0], input, vars)[0] as number] : [evaluate(args[0], input, vars)[0] as number, evaluate(args[1], input, vars)[0] as number];
    const out: Json[] = [];
    for (let i = from; i < to; i++) out.push(i);
    return out;
  },
  sort: one((v) => [...requireArray(v, 'sort')].sort(compareJson)),
  sort_by: (input, args, vars) => [by(input, args[0], vars).sort((a, b) => compareJson(a.key, b.key)).map((e) => e.item)],
  group_by: (input, args, vars) => [groupBy(input, args[0], vars)],
  unique: one((v) => groupByIdentity(requireArray(v, 'sort'))),
  unique_by: (input, args, vars) => [groupBy(input, args[0], vars).map((g) => g[0])],
  min: one((v) => [...requireArray(v, 'find min of')].sort(compareJson)[0] ?? null),
  max: one((v) => [...requireArray(v, 'find max of')].sort(compareJson).pop() ?? null),
  min_by: (input, args, vars) => [by(input, args[0], vars).sort((a, b) => compareJson(a.key, b.key))[0]?.item ?? null],
  max_by: (input, args, vars) => [by(input, args[0], vars).sort((a, b) => compareJson(a.key, b.key)).pop()?.item ?? null],
  reverse: one((v) => (typeof v === 'string' ? [...v].reverse().join('') : v === null ? [] : [...requireArray(v, 'reverse')].reverse())),
  first: (input, args, vars) => (args.length ? evaluate(args[0], input, vars).slice(0, 1) : [iterate(input)[0] ?? null]),
  last: (input, args, vars) => (args.length ? evaluate(args[0], input, vars).slice(-1) : [iterate(input).slice(-1)[0] ?? null]),
  flatten: (input, args, vars) => [flatten(requireArray(input, 'flatten'), args.length ? (evaluate(args[0], input, vars)[0] as number) : Infinity)],
  type: one(typeOf),
  tostring: one(tostring),
  tonumber: one(tonumber),
  tojson: one((v) => formatJson(v, { compact: true, raw: false })),
  fromjson: one((v) => JSON.parse(requireString(v, 'parsed')) as Json),
  ascii_downcase: one((v) => requireString(v, 'lowercased').toLowerCase()),
  ascii_upcase: one((v) => requireString(v, 'uppercased').toUpperCase()),
  ltrimstr: eachArg((v, s) => (typeof v === 'string' && typeof s === 'string' && v.startsWith(s) ? v.slice(s.length) : v)),
  rtrimstr: eachArg((v, s) => (typeof v === 'string' && typeof s === 'string' && s && v.endsWith(s) ? v.slice(0, -s.length) : v)),
  startswith: eachArg((v, s) => requireString(v, 'checked').startsWith(requireString(s, 'checked'))),
  endswith: eachArg((v, s) => requireString(v, 'checked').endsWith(requireString(s, 'checked'))),
  split: eachArg((v, s) => requireString(v, 'split').split(requireString(s, 'split'))),
  join: eachArg((v, sep) => iterate(v).map((x) => (x === null ? '' : typeof x === 'string' ? x : tostring(x))).join(requireString(sep, 'joined'))),
  test: (input, args, vars) => evaluate(args[0], input, vars).map((re) => testRegex(input, re, args[1] ? evaluate(args[1], input, vars)[0] : null)),
  del: (input, args, vars) => [deletePaths(input, paths(args[0], input, vars))],
  error: (input, args, vars) => {
    const v = args.length ? evaluate(args[0], input, vars)[0] : input;
    throw new JqRuntimeError(typeof v === 'string' ? v : `${formatJson(v, { compact: true, raw: false })} (not a string)`, v);
  },
  floor: one((v) => Math.floor(v as number)),
  ceil: one((v) => Math.ceil(v as number)),
  round: one((v) => Math.round(v as number)),
  abs: one((v) => Math.abs(v as number)),
  ascii: one((v) => String.fromCharCode(v as number)),
  objects: (v) => (isObject(v) ? [v] : []),
  arrays: (v) => (Array.isArray(v) ? [v] : []),
  strings: (v) => (typeof v === 'string' ? [v] : []),
  numbers: (v) => (typeof v === 'number' ? [v] : []),
  nulls: (v) => (v === null ? [v] : []),
  booleans: (v) => (typeof v === 'boolean' ? [v] : []),
  iterables: (v) => (Array.isArray(v) || isObject(v) ? [v] : []),
  scalars: (v) => (Array.isArray(v) || isObject(v) ? [] : [v]),
};

function addTwo(a: Json, b: Json): Json {
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (isObject(a) && isObject(b)) return { ...a, ...b };
  throw new JqRuntimeError(`${describeValue(a)} and ${describeValue(b)} cannot be added`);
}

function groupByIdentity(v: Json[]): Json[] {
  return [...v].sort(compareJson).filter((x, i, arr) => i === 0 || compareJson(arr[i - 1], x) !== 0);
}

function contains(a: Json, b: Json): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.includes(b);
  if (Array.isArray(a) && Array.isArray(b)) return b.every((y) => a.some((x) => contains(x, y)));
  if (isObject(a) && isObject(b)) return Object.keys(b).every((k) => k in a && contains(a[k], b[k]));
  if (typeOf(a) !== typeOf(b)) throw new JqRuntimeError(`${describeValue(a)} and ${describeValue(b)} cannot have their containment checked`);
  return compareJson(a, b) === 0;
}

export const isBuiltin = (name: string): boolean => name in BUILTINS;

export function callBuiltin(name: string, args: JqAst[], input: Json, vars: Vars): Json[] {
  const fn = BUILTINS[name];
  if (!fn) throw new JqRuntimeError(`${name}/${args.length} is not defined`);
  return fn(input, args, vars);
}
