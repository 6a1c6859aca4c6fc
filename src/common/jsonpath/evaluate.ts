/**
 * Runs a parsed JSONPath template over a JSON value the way kubectl prints it: missing keys give
 * nothing (kubectl get allows them), several results are joined by spaces, strings print raw,
 * maps and lists print as compact JSON. Map keys are visited in sorted order so output is stable.
 */
import { goJson } from '../goJson';
import { type Operand, type Path, type Step, type TemplateNode, parseTemplate } from './parse';

type Json = unknown;

export class JsonPathError extends Error {}

const isMap = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function children(v: Json): Json[] {
  if (Array.isArray(v)) return v;
  if (isMap(v)) return Object.keys(v).sort().map((k) => v[k]);
  return [];
}

function recursive(v: Json): Json[] {
  const kids = children(v);
  if (kids.length === 0) return [];
  return [v, ...kids.flatMap(recursive)];
}

function index(arr: Json[], i: number): Json {
  const at = i < 0 ? arr.length + i : i;
  if (at < 0 || at >= arr.length) throw new JsonPathError(`array index out of bounds: index ${i}, length ${arr.length}`);
  return arr[at];
}

function slice(arr: Json[], s: Extract<Step, { type: 'slice' }>): Json[] {
  const clamp = (n: number) => Math.min(Math.max(n < 0 ? arr.length + n : n, 0), arr.length);
  const start = clamp(s.start ?? 0);
  const end = clamp(s.end ?? arr.length);
  const step = s.step ?? 1;
  const out: Json[] = [];
  for (let i = start; i < end; i += step) out.push(arr[i]);
  return out;
}

function compare(a: Json, op: string, b: Json): boolean {
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
  }
  if (typeof a !== 'number' || typeof b !== 'number') return false;
  return op === '<' ? a < b : op === '>' ? a > b : op === '<=' ? a <= b : a >= b;
}

function operandValues(o: Operand, current: Json, root: Json): Json[] {
  return o.type === 'literal' ? [o.value] : evalPath(o.path, current, root);
}

function filter(arr: Json[], s: Extract<Step, { type: 'filter' }>, root: Json): Json[] {
  return arr.filter((item) => {
    const left = operandValues(s.left, item, root);
    if (!s.op || !s.right) return left.length > 0;
    const right = operandValues(s.right, item, root);
    return left.length > 0 && right.length > 0 && compare(left[0], s.op, right[0]);
  });
}

function applyStep(values: Json[], step: Step, root: Json): Json[] {
  switch (step.type) {
    case 'field':
      return values.flatMap((v) => (isMap(v) && step.name in v ? [v[step.name]] : []));
    case 'wildcard':
      return values.flatMap(children);
    case 'recursive':
      return values.flatMap(recursive);
    case 'index':
      return values.flatMap((v) => (Array.isArray(v) ? step.indexes.map((i) => index(v, i)) : []));
    case 'slice':
      return values.flatMap((v) => (Array.isArray(v) ? slice(v, step) : []));
    case 'filter':
      return values.flatMap((v) => filter(children(v), step, root));
  }
}

export function evalPath(path: Path, current: Json, root: Json): Json[] {
  let values = [path.root === '$' ? root : current];
  for (const step of path.steps) values = applyStep(values, step, root);
  return values;
}

/** How one result prints: strings raw, lists and maps as Go's compact JSON. */
export function printable(v: Json): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'object') return goJson(v);
  return String(v);
}

function render(nodes: TemplateNode[], current: Json, root: Json): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.text;
    else if (node.type === 'range') {
      for (const item of evalPath(node.over, current, root)) out += render(node.body, item, root);
    } else {
      const results = node.items.flatMap((o) => operandValues(o, current, root));
      out += results.map(printable).join(' ');
    }
  }
  return out;
}

/** Executes `template` against `value` (kubectl passes the object, or a List of them). */
export function executeJsonPath(template: string, value: Json): string {
  return render(parseTemplate(template), value, value);
}

/** `-o jsonpath-as-json`: every result of the template's actions, as an indented JSON array. */
export function executeJsonPathAsJson(template: string, value: Json): string {
  const results: Json[] = [];
  const collect = (nodes: TemplateNode[], current: Json) => {
    for (const node of nodes) {
      if (node.type === 'action') results.push(...node.items.flatMap((o) => operandValues(o, current, value)));
      if (node.type === 'range') for (const item of evalPath(node.over, current, value)) collect(node.body, item);
    }
  };
  collect(parseTemplate(template), value);
  return `${JSON.stringify(results, null, 4)}\n`;
}
