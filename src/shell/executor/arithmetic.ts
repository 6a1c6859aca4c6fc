import { ShellSyntaxError } from '../parser/errors';

/**
 * Evaluates `$(( ))`: integers, variables, + - * / % ** and comparisons, with bash's
 * precedence. Unset or non-numeric variables count as 0.
 */
export function evaluateArithmetic(source: string, lookup: (name: string) => string | undefined): number {
  const tokens = source.match(/\d+|[A-Za-z_][A-Za-z0-9_]*|\*\*|==|!=|<=|>=|&&|\|\||[-+*/%()<>!]|\S/g) ?? [];
  let i = 0;
  const fail = (): never => {
    throw new ShellSyntaxError(`${source.trim()}: syntax error in expression (error token is "${tokens.slice(i).join(' ')}")`);
  };
  const binary: [string[], (a: number, b: number, op: string) => number][] = [
    [['||'], (a, b) => Number(a !== 0 || b !== 0)],
    [['&&'], (a, b) => Number(a !== 0 && b !== 0)],
    [['==', '!='], (a, b, op) => Number(op === '==' ? a === b : a !== b)],
    [['<', '>', '<=', '>='], (a, b, op) => Number(op === '<' ? a < b : op === '>' ? a > b : op === '<=' ? a <= b : a >= b)],
    [['+', '-'], (a, b, op) => (op === '+' ? a + b : a - b)],
    [['*', '/', '%'], (a, b, op) => {
      if (op !== '*' && b === 0) throw new ShellSyntaxError(`${source.trim()}: division by 0 (error token is "${tokens.slice(i).join(' ')}")`);
      return op === '*' ? a * b : op === '/' ? Math.trunc(a / b) : a % b;
    }],
  ];
  const level = (n: number): number => {
    if (n === binary.length) return power();
    let left = level(n + 1);
    while (binary[n][0].includes(tokens[i])) {
      const op = tokens[i++];
      left = binary[n][1](left, level(n + 1), op);
    }
    return left;
  };
  const power = (): number => {
    const base = unary();
    if (tokens[i] !== '**') return base;
    i++;
    return base ** power();
  };
  const unary = (): number => {
    const t = tokens[i];
    if (t === '-' || t === '+' || t === '!') {
      i++;
      const v = unary();
      return t === '-' ? -v : t === '!' ? Number(v === 0) : v;
    }
    return primary();
  };
  const primary = (): number => {
    const t = tokens[i++];
    if (t === undefined) return fail();
    if (t === '(') {
      const v = level(0);
      if (tokens[i++] !== ')') fail();
      return v;
    }
    if (/^\d+$/.test(t)) return Number(t);
    if (/^[A-Za-z_]/.test(t)) return Number.parseInt(lookup(t) ?? '0', 10) || 0;
    i--;
    return fail();
  };
  if (tokens.length === 0) return 0;
  const result = level(0);
  if (i < tokens.length) fail();
  return result;
}
