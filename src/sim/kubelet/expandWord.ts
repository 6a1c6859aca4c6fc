/** Shell word expansion: variables, `${X:-default}`, `$(( ))`, `$( )` and field splitting. */
import type { Word } from './programTypes';

export interface ExpandContext {
  vars: Record<string, string>;
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
  return ctx.vars[name];
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
      const v = special(part.name, ctx);
      value = part.fallback && !v ? expandWord(part.fallback, ctx).join(' ') : (v ?? '');
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
