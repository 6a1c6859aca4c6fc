/**
 * kubectl's JSONPath templates (k8s.io/client-go/util/jsonpath): text with `{…}` actions holding
 * paths (`.items[*].metadata.name`, `..image`, `['app.kubernetes.io/name']`, `[?(@.x=="y")]`,
 * slices), string literals (`{"\n"}`) and `{range …}…{end}` blocks.
 */

export type Step =
  | { type: 'field'; name: string }
  | { type: 'wildcard' }
  | { type: 'recursive' }
  | { type: 'index'; indexes: number[] }
  | { type: 'slice'; start?: number; end?: number; step?: number }
  | { type: 'filter'; left: Operand; op?: string; right?: Operand };

/** A path from `@` (the current value) or `$` (the root). */
export interface Path {
  root: '@' | '$';
  steps: Step[];
}

export type Operand = { type: 'path'; path: Path } | { type: 'literal'; value: string | number | boolean };

export type TemplateNode =
  | { type: 'text'; text: string }
  | { type: 'action'; items: Operand[] }
  | { type: 'range'; over: Path; body: TemplateNode[] };

export class JsonPathParseError extends Error {}

const STRING = /^(["'])((?:\\.|(?!\1).)*)\1/;

function unquote(quoted: string): string {
  const body = quoted.slice(1, -1);
  return body.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c);
}

function parseNumber(text: string): number {
  if (!/^-?\d+$/.test(text.trim())) throw new JsonPathParseError(`invalid array index ${text.trim()}`);
  return Number(text);
}

/** `[…]`: index list, slice, quoted keys, `*` or a filter. */
function parseBracket(inner: string): Step[] {
  const s = inner.trim();
  if (s === '*') return [{ type: 'wildcard' }];
  if (s.startsWith('?(') && s.endsWith(')')) return [parseFilter(s.slice(2, -1))];
  if (STRING.test(s)) return s.split(',').map((k) => ({ type: 'field', name: unquote(k.trim()) }));
  if (s.includes(':')) {
    const [a, b, c] = s.split(':').map((x) => (x.trim() === '' ? undefined : parseNumber(x)));
    return [{ type: 'slice', start: a, end: b, step: c }];
  }
  return [{ type: 'index', indexes: s.split(',').map(parseNumber) }];
}

function parseFilter(expr: string): Step {
  const m = /^(.*?)\s*(==|!=|<=|>=|<|>)\s*(.*)$/.exec(expr.trim());
  if (!m) return { type: 'filter', left: parseOperand(expr.trim()) };
  return { type: 'filter', left: parseOperand(m[1]), op: m[2], right: parseOperand(m[3]) };
}

function parseOperand(text: string): Operand {
  const t = text.trim();
  if (STRING.test(t)) return { type: 'literal', value: unquote(t) };
  if (/^-?\d+(\.\d+)?$/.test(t)) return { type: 'literal', value: Number(t) };
  if (t === 'true' || t === 'false') return { type: 'literal', value: t === 'true' };
  return { type: 'path', path: parsePath(t) };
}

/** Finds the `]` that closes the `[` at `open`, skipping quoted text and nested brackets. */
function closingBracket(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'") {
      const m = STRING.exec(s.slice(i));
      if (m) i += m[0].length - 1;
    } else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  throw new JsonPathParseError('unterminated array');
}

export function parsePath(text: string): Path {
  let s = text.trim();
  let root: '@' | '$' = '@';
  if (s.startsWith('$') || s.startsWith('@')) {
    root = s[0] as '@' | '$';
    s = s.slice(1);
  }
  const steps: Step[] = [];
  while (s.length) {
    if (s.startsWith('..')) {
      steps.push({ type: 'recursive' });
      s = s.slice(1);
    } else if (s.startsWith('.')) {
      const m = /^\.(\*|[^.[\]]*)/.exec(s) as RegExpExecArray;
      if (m[1] === '*') steps.push({ type: 'wildcard' });
      else if (m[1] !== '') steps.push({ type: 'field', name: m[1] });
      s = s.slice(m[0].length);
    } else if (s.startsWith('[')) {
      const close = closingBracket(s, 0);
      steps.push(...parseBracket(s.slice(1, close)));
      s = s.slice(close + 1);
    } else {
      const m = /^[^.[\]]+/.exec(s) as RegExpExecArray;
      steps.push({ type: 'field', name: m[0] });
      s = s.slice(m[0].length);
    }
  }
  return { root, steps };
}

/** Splits an action on top-level spaces: `{.a .b}` prints both. */
function parseAction(body: string): Operand[] {
  const items: string[] = [];
  let cur = '';
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if ((c === '"' || c === "'") && STRING.test(body.slice(i))) {
      const m = STRING.exec(body.slice(i)) as RegExpExecArray;
      cur += m[0];
      i += m[0].length - 1;
      continue;
    }
    if (c === '[' || c === '(') depth++;
    if (c === ']' || c === ')') depth--;
    if (c === ' ' && depth === 0) {
      if (cur) items.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur) items.push(cur);
  return items.map(parseOperand);
}

/** Splits the template into text and `{…}` actions, then nests `range … end` blocks. */
export function parseTemplate(template: string): TemplateNode[] {
  const stack: TemplateNode[][] = [[]];
  const ranges: { over: Path }[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      stack[stack.length - 1].push({ type: 'text', text: template.slice(i) });
      break;
    }
    if (open > i) stack[stack.length - 1].push({ type: 'text', text: template.slice(i, open) });
    const close = findActionEnd(template, open);
    const body = template.slice(open + 1, close).trim();
    i = close + 1;
    if (body.startsWith('range ')) {
      ranges.push({ over: parsePath(body.slice(6)) });
      stack.push([]);
    } else if (body === 'end') {
      const inner = stack.pop();
      const r = ranges.pop();
      if (!inner || !r || stack.length === 0) throw new JsonPathParseError('not in range, nothing to end');
      stack[stack.length - 1].push({ type: 'range', over: r.over, body: inner });
    } else stack[stack.length - 1].push({ type: 'action', items: parseAction(body) });
  }
  if (ranges.length) throw new JsonPathParseError('unclosed action');
  return stack[0];
}

function findActionEnd(template: string, open: number): number {
  for (let i = open + 1; i < template.length; i++) {
    const c = template[i];
    if (c === '"' || c === "'") {
      const m = STRING.exec(template.slice(i));
      if (m) i += m[0].length - 1;
    } else if (c === '}') return i;
  }
  throw new JsonPathParseError('unclosed action');
}
