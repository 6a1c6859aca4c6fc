/**
 * Shell word expansion: variables, `${X:-default}`, `${#X}`, bash arrays (`${a[i]}`, `${a[@]}`,
 * `${#a[@]}`), `$(( ))`, `$( )` and field splitting.
 */
import type { Word, WordPart } from './programTypes';

export interface ExpandContext {
  vars: Record<string, string>;
  /** Bash indexed arrays; a name here is also `$name`, its element 0. */
  arrays?: Record<string, string[]>;
  status: number;
  /** Runs a command substitution and returns its standard output. */
  substitute(source: string): string;
}

function special(name: string, ctx: ExpandContext): string | undefined {
  if (name === '?') return String(ctx.status);
  if (name === '$') return '1';
  if (name === '#') return '0';
  if (name === '0') return 'sh';
  if (name === '@' || /^[1-9]$/.test(name)) return '';
  return ctx.vars[name] ?? ctx.arrays?.[name]?.[0];
}

/** A name's elements: its array, or a set scalar as a one-element array (as bash treats it). */
function elementsOf(name: string, ctx: ExpandContext): string[] {
  const list = ctx.arrays?.[name];
  if (list) return list;
  const v = ctx.vars[name];
  return v === undefined ? [] : [v];
}

/** `${a[i]}`: the index is arithmetic after `$X` expansion; negative counts from the end. */
function element(name: string, index: string, ctx: ExpandContext): string | undefined {
  const list = elementsOf(name, ctx);
  const expr = index.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_m, v: string) => ctx.vars[v] ?? '');
  const i = arithmetic(expr, ctx.vars);
  return list[i < 0 ? i + list.length : i];
}

type VarPart = Extract<WordPart, { kind: 'var' }>;

/** A variable's value, or for `${a[@]}`/`${a[*]}` its elements. */
function varValue(part: VarPart, ctx: ExpandContext): string | string[] {
  const all = part.index === '@' || part.index === '*';
  if (part.length) return String(all ? elementsOf(part.name, ctx).length : ((part.index === undefined ? special(part.name, ctx) : element(part.name, part.index, ctx)) ?? '').length);
  if (all) return part.index === '@' && part.quoted ? elementsOf(part.name, ctx) : elementsOf(part.name, ctx).join(' ');
  const v = part.index === undefined ? special(part.name, ctx) : element(part.name, part.index, ctx);
  return part.fallback && !v ? expandWord(part.fallback, ctx).join(' ') : (v ?? '');
}

/** Integer arithmetic as `$(( ))` does it, on + - * / % and parentheses. */
export function arithmetic(expr: string, vars: Record<string, string>): number {
  const tokens = expr.match(/\d+|[A-Za-z_]\w*|[-+*/%()]/g) ?? [];
  let i = 0;
  const primary = (): number => {
    const t = tokens[i++];
    if (t === '(') {
      const v = sum();
      i++;
      return v;
    }
    if (t === '-') return -primary();
    if (t === undefined) return 0;
    if (/^\d/.test(t)) return Number(t);
    return Number.parseInt(vars[t] ?? '0', 10) || 0;
  };
  const product = (): number => {
    let v = primary();
    while (tokens[i] === '*' || tokens[i] === '/' || tokens[i] === '%') {
      const op = tokens[i++];
      const r = primary();
      v = op === '*' ? v * r : op === '/' ? Math.trunc(v / r) : v % r;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (tokens[i] === '+' || tokens[i] === '-') v = tokens[i++] === '+' ? v + product() : v - product();
    return v;
  };
  return sum();
}

/** Expands a word into fields; unquoted expansions are split on whitespace. */
export function expandWord(word: Word, ctx: ExpandContext): string[] {
  const fields: string[] = [];
  let current = '';
  let started = false;
  for (const part of word.parts) {
    let value: string;
    if (part.kind === 'lit') value = part.text;
    else if (part.kind === 'var') {
      const v = varValue(part, ctx);
      if (Array.isArray(v)) {
        // "${a[@]}": each element its own field, the first and last joined to what surrounds them.
        for (const [i, el] of v.entries()) {
          if (i > 0) fields.push(current);
          current = i > 0 ? el : current + el;
          started = true;
        }
        continue;
      }
      value = v;
    } else if (part.kind === 'arith') value = String(arithmetic(part.expr, ctx.vars));
    else value = ctx.substitute(part.source).replace(/\n+$/, '');
    if (part.quoted || part.kind === 'lit') {
      current += value;
      started = true;
      continue;
    }
    const pieces = value.split(/[ \t\n]+/);
    if (pieces[0] === '' && pieces.length > 1) pieces.shift();
    if (pieces[pieces.length - 1] === '' && pieces.length > 1) pieces.pop();
    if (value.trim() === '') continue;
    current += pieces[0];
    started = true;
    for (const piece of pieces.slice(1)) {
      fields.push(current);
      current = piece;
    }
  }
  if (started) fields.push(current);
  return fields;
}

export function expandJoined(word: Word, ctx: ExpandContext): string {
  return expandWord(word, ctx).join(' ');
}
