export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A runtime error with jq's wording (`Cannot index array with "foo"`); exit 5. */
export class JqRuntimeError extends Error {
  constructor(
    message: string,
    readonly value?: Json,
  ) {
    super(message);
  }
}

export function typeOf(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'object' ? 'object' : typeof v;
}

export const isObject = (v: Json): v is { [key: string]: Json } => typeOf(v) === 'object';

/** How jq names a value in errors: `array ([1,2])`, truncated like jq does. */
export function describeValue(v: Json): string {
  const text = JSON.stringify(v);
  return `${typeOf(v)} (${text.length > 11 ? text.slice(0, 10) + '...' : text})`;
}

const ORDER = ['null', 'boolean', 'number', 'string', 'array', 'object'];

/** jq's total order: null < false < true < numbers < strings < arrays < objects. */
export function compareJson(a: Json, b: Json): number {
  const ta = ORDER.indexOf(typeOf(a));
  const tb = ORDER.indexOf(typeOf(b));
  if (ta !== tb) return ta - tb;
  if (typeof a === 'boolean' || typeof a === 'number') return Number(a) - Number(b);
  if (typeof a === 'string') return a < (b as string) ? -1 : a > (b as string) ? 1 : 0;
  if (Array.isArray(a)) {
    const bb = b as Json[];
    for (let i = 0; i < Math.min(a.length, bb.length); i++) {
      const c = compareJson(a[i], bb[i]);
      if (c) return c;
    }
    return a.length - bb.length;
  }
  if (a === null) return 0;
  const ao = a as Record<string, Json>;
  const bo = b as Record<string, Json>;
  const ka = Object.keys(ao).sort();
  const kb = Object.keys(bo).sort();
  const byKeys = compareJson(ka, kb);
  if (byKeys) return byKeys;
  for (const k of ka) {
    const c = compareJson(ao[k], bo[k]);
    if (c) return c;
  }
  return 0;
}

export const truthy = (v: Json): boolean => v !== null && v !== false;

/** Formats like jq: 2-space indent by default, `-c` compact; `-r` prints strings raw. */
export function formatJson(v: Json, opts: { compact: boolean; raw: boolean; tab?: boolean; sortKeys?: boolean }, depth = 0): string {
  if (opts.raw && depth === 0 && typeof v === 'string') return v;
  if (v === null || typeof v !== 'object') return formatScalar(v);
  const indent = opts.tab ? '\t' : '  ';
  const pad = opts.compact ? '' : '\n' + indent.repeat(depth + 1);
  const end = opts.compact ? '' : '\n' + indent.repeat(depth);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return '[' + v.map((x) => pad + formatJson(x, opts, depth + 1)).join(',') + end + ']';
  }
  let keys = Object.keys(v);
  if (keys.length === 0) return '{}';
  if (opts.sortKeys) keys = keys.sort();
  const sep = opts.compact ? ':' : ': ';
  return '{' + keys.map((k) => pad + JSON.stringify(k) + sep + formatJson(v[k], opts, depth + 1)).join(',') + end + '}';
}

function formatScalar(v: null | boolean | number | string): string {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return v > 0 ? '1.7976931348623157e+308' : Number.isNaN(v) ? 'null' : '-1.7976931348623157e+308';
    return String(v);
  }
  return JSON.stringify(v);
}
