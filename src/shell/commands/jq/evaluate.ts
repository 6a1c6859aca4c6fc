import type { JqAst } from './ast';
import { callBuiltin } from './builtins';
import { type Json, JqRuntimeError, compareJson, describeValue, formatJson, isObject, truthy, typeOf } from './values';

export type Vars = ReadonlyMap<string, Json>;
export type Path = (string | number)[];

/** Evaluates a filter on one input; jq filters produce zero or more outputs. */
export function evaluate(ast: JqAst, input: Json, vars: Vars): Json[] {
  switch (ast.k) {
    case 'identity':
      return [input];
    case 'recurse':
      return recurse(input);
    case 'literal':
      return [ast.v as Json];
    case 'string':
      return interpolate(ast.parts, input, vars);
    case 'field':
      return evaluate(ast.target, input, vars).flatMap((t) =>
        evaluate(ast.name, input, vars).flatMap((name) => guard(ast.optional, () => [index(t, name)])),
      );
    case 'iterate':
      return evaluate(ast.target, input, vars).flatMap((t) => guard(ast.optional, () => iterate(t)));
    case 'slice':
      return evaluate(ast.target, input, vars).flatMap((t) => guard(ast.optional, () => [slice(t, ast.from, ast.to, input, vars)]));
    case 'pipe':
      return evaluate(ast.a, input, vars).flatMap((x) => evaluate(ast.b, x, vars));
    case 'comma':
      return [...evaluate(ast.a, input, vars), ...evaluate(ast.b, input, vars)];
    case 'neg':
      return evaluate(ast.e, input, vars).map((v) => {
        if (typeof v !== 'number') throw new JqRuntimeError(`${describeValue(v)} cannot be negated`);
        return -v;
      });
    case 'array':
      return [ast.e ? evaluate(ast.e, input, vars) : []];
    case 'object':
      return buildObjects(ast.entries, input, vars);
    case 'var': {
      if (!vars.has(ast.name)) throw new JqRuntimeError(`$${ast.name} is not defined`);
      return [vars.get(ast.name)!];
    }
    case 'bind':
      return evaluate(ast.source, input, vars).flatMap((v) => evaluate(ast.body, input, new Map(vars).set(ast.name, v)));
    case 'if':
      return evaluate(ast.cond, input, vars).flatMap((c) => (truthy(c) ? evaluate(ast.then, input, vars) : ast.else ? evaluate(ast.else, input, vars) : [input]));
    case 'reduce': {
      let acc = evaluate(ast.init, input, vars);
      for (const item of evaluate(ast.source, input, vars)) {
        acc = acc.flatMap((a) => evaluate(ast.update, a, new Map(vars).set(ast.name, item)));
      }
      return acc;
    }
    case 'try':
      try {
        return evaluate(ast.body, input, vars);
      } catch (e) {
        if (!(e instanceof JqRuntimeError)) throw e;
        return ast.catch ? evaluate(ast.catch, e.value ?? e.message, vars) : [];
      }
    case 'optional':
      return guard(true, () => evaluate(ast.e, input, vars));
    case 'call':
      return callBuiltin(ast.name, ast.args, input, vars);
    case 'binary':
      return binary(ast.op, ast.a, ast.b, input, vars);
  }
}

function guard(optional: boolean, fn: () => Json[]): Json[] {
  if (!optional) return fn();
  try {
    return fn();
  } catch (e) {
    if (e instanceof JqRuntimeError) return [];
    throw e;
  }
}

export function index(target: Json, name: Json): Json {
  if (target === null) return null;
  if (typeof name === 'string' && isObject(target)) return target[name] ?? null;
  if (typeof name === 'number' && Array.isArray(target)) {
    const i = Math.floor(name);
    return target[i < 0 ? target.length + i : i] ?? null;
  }
  const what = typeof name === 'string' ? `"${name}"` : typeOf(name);
  throw new JqRuntimeError(`Cannot index ${typeOf(target)} with ${what}`);
}

export function iterate(v: Json): Json[] {
  if (Array.isArray(v)) return v;
  if (isObject(v)) return Object.values(v);
  throw new JqRuntimeError(`Cannot iterate over ${describeValue(v)}`);
}

function slice(t: Json, from: JqAst | undefined, to: JqAst | undefined, input: Json, vars: Vars): Json {
  if (t === null) return null;
  if (typeof t !== 'string' && !Array.isArray(t)) throw new JqRuntimeError(`Cannot index ${typeOf(t)} with object`);
  const a = from ? (evaluate(from, input, vars)[0] as number) : undefined;
  const b = to ? (evaluate(to, input, vars)[0] as number) : undefined;
  return t.slice(a, b) as Json;
}

function recurse(v: Json): Json[] {
  const out: Json[] = [v];
  if (Array.isArray(v) || isObject(v)) for (const child of iterate(v)) out.push(...recurse(child));
  return out;
}

function interpolate(parts: (string | JqAst)[], input: Json, vars: Vars): Json[] {
  let results = [''];
  for (const part of parts) {
    if (typeof part === 'string') {
      results = results.map((r) => r + part);
      continue;
    }
    const values = evaluate(part, input, vars).map((v) => (typeof v === 'string' ? v : formatJson(v, { compact: true, raw: false })));
    results = results.flatMap((r) => values.map((v) => r + v));
  }
  return results;
}

function buildObjects(entries: { key: JqAst; value: JqAst }[], input: Json, vars: Vars): Json[] {
  let objects: Record<string, Json>[] = [{}];
  for (const { key, value } of entries) {
    const keys = evaluate(key, input, vars);
    const values = evaluate(value, input, vars);
    const next: Record<string, Json>[] = [];
    for (const o of objects) {
      for (const k of keys) {
        if (typeof k !== 'string') throw new JqRuntimeError(`Object keys must be strings`);
        for (const v of values) next.push({ ...o, [k]: v });
      }
    }
    objects = next;
  }
  return objects;
}

function binary(op: string, a: JqAst, b: JqAst, input: Json, vars: Vars): Json[] {
  switch (op) {
    case 'and':
      return evaluate(a, input, vars).flatMap((x) => (truthy(x) ? evaluate(b, input, vars).map(truthy) : [false]));
    case 'or':
      return evaluate(a, input, vars).flatMap((x) => (truthy(x) ? [true] : evaluate(b, input, vars).map(truthy)));
    case '//': {
      const left = guard(true, () => evaluate(a, input, vars)).filter(truthy);
      return left.length ? left : evaluate(b, input, vars);
    }
    case '|=':
      return [updatePaths(input, paths(a, input, vars), (old) => evaluate(b, old, vars)[0] ?? null)];
    case '=':
      return evaluate(b, input, vars).map((v) => updatePaths(input, paths(a, input, vars), () => v));
    case '+=':
    case '-=':
      return evaluate(b, input, vars).map((v) => updatePaths(input, paths(a, input, vars), (old) => arithmetic(op[0], old, v)));
  }
  const rights = evaluate(b, input, vars);
  return evaluate(a, input, vars).flatMap((x) => rights.map((y) => arithmetic(op, x, y)));
}

export function arithmetic(op: string, x: Json, y: Json): Json {
  switch (op) {
    case '==':
      return compareJson(x, y) === 0;
    case '!=':
      return compareJson(x, y) !== 0;
    case '<':
      return compareJson(x, y) < 0;
    case '<=':
      return compareJson(x, y) <= 0;
    case '>':
      return compareJson(x, y) > 0;
    case '>=':
      return compareJson(x, y) >= 0;
  }
  if (op === '+') {
    if (x === null) return y;
    if (y === null) return x;
    if (typeof x === 'number' && typeof y === 'number') return x + y;
    if (typeof x === 'string' && typeof y === 'string') return x + y;
    if (Array.isArray(x) && Array.isArray(y)) return [...x, ...y];
    if (isObject(x) && isObject(y)) return { ...x, ...y };
  } else if (typeof x === 'number' && typeof y === 'number') {
    if ((op === '/' || op === '%') && y === 0) throw new JqRuntimeError(`${describeValue(x)} and ${describeValue(y)} cannot be divided because the divisor is zero`);
    if (op === '-') return x - y;
    if (op === '*') return x * y;
    if (op === '/') return x / y;
    return Math.trunc(x) % Math.trunc(y);
  } else if (op === '-' && Array.isArray(x) && Array.isArray(y)) {
    return x.filter((e) => !y.some((f) => compareJson(e, f) === 0));
  } else if (op === '/' && typeof x === 'string' && typeof y === 'string') {
    return x.split(y);
  }
  const verb = { '+': 'added', '-': 'subtracted', '*': 'multiplied', '/': 'divided', '%': 'divided' }[op] ?? 'combined';
  throw new JqRuntimeError(`${describeValue(x)} and ${describeValue(y)} cannot be ${verb}`);
}

/** The paths a path expression (`.a.b`, `.items[]`, `select(…)`) points at, for `|=` and `del`. */
export function paths(ast: JqAst, input: Json, vars: Vars): Path[] {
  const walk = (node: JqAst, base: Path, value: Json): [Path, Json][] => {
    switch (node.k) {
      case 'identity':
        return [[base, value]];
      case 'field':
        return walk(node.target, base, value).flatMap(([p, v]) =>
          evaluate(node.name, input, vars).map((name): [Path, Json] => [[...p, name as string | number], index(v, name)]),
        );
      case 'iterate':
        return walk(node.target, base, value).flatMap(([p, v]) => {
          const keys: (string | number)[] = Array.isArray(v) ? v.map((_, i) => i) : isObject(v) ? Object.keys(v) : [];
          return keys.map((k): [Path, Json] => [[...p, k], index(v, k)]);
        });
      case 'pipe':
        return walk(node.a, base, value).flatMap(([p, v]) => walk(node.b, p, v));
      case 'comma':
        return [...walk(node.a, base, value), ...walk(node.b, base, value)];
      case 'optional':
        return walk(node.e, base, value);
      case 'call':
        if (node.name === 'select') return evaluate(node.args[0], value, vars).some(truthy) ? [[base, value]] : [];
        if (node.name === 'empty') return [];
    }
    throw new JqRuntimeError('Invalid path expression');
  };
  return walk(ast, [], input).map(([p]) => p);
}

export function updatePaths(root: Json, list: Path[], fn: (old: Json) => Json): Json {
  let result = root;
  for (const p of list) result = setPath(result, p, fn(getPath(result, p)));
  return result;
}

export function getPath(v: Json, p: Path): Json {
  return p.reduce<Json>((acc, k) => (acc === null ? null : index(acc, k)), v);
}

export function setPath(v: Json, p: Path, value: Json): Json {
  if (p.length === 0) return value;
  const [k, ...rest] = p;
  if (typeof k === 'number') {
    const arr = Array.isArray(v) ? [...v] : [];
    arr[k] = setPath(arr[k] ?? null, rest, value);
    for (let i = 0; i < arr.length; i++) arr[i] ??= null;
    return arr;
  }
  const obj = isObject(v) ? { ...v } : {};
  obj[k] = setPath(obj[k] ?? null, rest, value);
  return obj;
}

export function deletePaths(v: Json, list: Path[]): Json {
  const sorted = [...list].sort((a, b) => compareJson(b, a));
  let result = v;
  for (const p of sorted) result = deletePath(result, p);
  return result;
}

function deletePath(v: Json, p: Path): Json {
  if (p.length === 0) return null;
  const [k, ...rest] = p;
  if (Array.isArray(v) && typeof k === 'number') {
    if (rest.length === 0) return v.filter((_, i) => i !== k);
    return v.map((x, i) => (i === k ? deletePath(x, rest) : x));
  }
  if (isObject(v) && typeof k === 'string' && k in v) {
    const copy = { ...v };
    if (rest.length === 0) delete copy[k];
    else copy[k] = deletePath(copy[k], rest);
    return copy;
  }
  return v;
}
