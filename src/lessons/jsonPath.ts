/**
 * The subset of kubectl's JSONPath that checks need: `.a.b`, `[0]`, `[*]`, `['key.with.dots']`
 * and filters `[?(@.type=="Ready")]` with `==` / `!=`. Braces are optional (`{.spec}` = `.spec`).
 * Results print the way `kubectl get -o jsonpath` prints them: scalars bare, objects as JSON,
 * several results joined by a space.
 */

type Segment = { field: string } | { index: number } | { wildcard: true } | { filter: { path: string[]; op: '==' | '!='; value: string } };

export class JsonPathError extends Error {}

function parseFilter(body: string, expr: string): Segment {
  const m = /^@((?:\.[\w-]+)+)\s*(==|!=)\s*(?:"([^"]*)"|'([^']*)'|([\w.-]+))$/.exec(body.trim());
  if (!m) throw new JsonPathError(`unsupported filter in ${expr}: ${body}`);
  return { filter: { path: m[1].slice(1).split('.'), op: m[2] as '==' | '!=', value: m[3] ?? m[4] ?? m[5] } };
}

export function parseJsonPath(expr: string): Segment[] {
  let s = expr.trim();
  if (s.startsWith('{') && s.endsWith('}')) s = s.slice(1, -1);
  const out: Segment[] = [];
  let i = 0;
  while (i < s.length) {
    if (s[i] === '.') {
      const m = /^[\w-]+/.exec(s.slice(i + 1));
      if (!m) throw new JsonPathError(`expected a field name at ${i + 1} in ${expr}`);
      out.push({ field: m[0] });
      i += 1 + m[0].length;
    } else if (s.startsWith('[?(', i)) {
      const end = s.indexOf(')]', i);
      if (end < 0) throw new JsonPathError(`unterminated filter in ${expr}`);
      out.push(parseFilter(s.slice(i + 3, end), expr));
      i = end + 2;
    } else if (s[i] === '[') {
      const end = s.indexOf(']', i);
      if (end < 0) throw new JsonPathError(`unterminated [ in ${expr}`);
      const inner = s.slice(i + 1, end).trim();
      if (inner === '*') out.push({ wildcard: true });
      else if (/^-?\d+$/.test(inner)) out.push({ index: Number(inner) });
      else if (/^'.*'$|^".*"$/.test(inner)) out.push({ field: inner.slice(1, -1) });
      else throw new JsonPathError(`unsupported subscript [${inner}] in ${expr}`);
      i = end + 1;
    } else throw new JsonPathError(`unexpected "${s[i]}" at ${i} in ${expr}`);
  }
  return out;
}

function fieldOf(v: unknown, path: string[]): unknown {
  let cur = v;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

function step(values: unknown[], seg: Segment): unknown[] {
  const out: unknown[] = [];
  for (const v of values) {
    if ('field' in seg) {
      const f = v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[seg.field] : undefined;
      if (f !== undefined) out.push(f);
    } else if ('index' in seg) {
      if (Array.isArray(v)) {
        const item = v[seg.index < 0 ? v.length + seg.index : seg.index];
        if (item !== undefined) out.push(item);
      }
    } else if ('wildcard' in seg) {
      if (Array.isArray(v)) out.push(...v);
      else if (v !== null && typeof v === 'object') out.push(...Object.values(v));
    } else if (Array.isArray(v)) {
      const { path, op, value } = seg.filter;
      for (const item of v) {
        const got = fieldOf(item, path);
        const same = got !== undefined && String(got) === value;
        if (op === '==' ? same : !same) out.push(item);
      }
    }
  }
  return out;
}

/** Every value the path selects in `root`, in document order. */
export function evaluateJsonPath(root: unknown, expr: string): unknown[] {
  return parseJsonPath(expr).reduce<unknown[]>((values, seg) => step(values, seg), [root]);
}

/** How `kubectl get -o jsonpath` prints a result list. */
export function printJsonPathValues(values: unknown[]): string {
  return values.map((v) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v))).join(' ');
}
