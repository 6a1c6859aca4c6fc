import type { CountSpec } from './checkTypes';

const OPS = ['>=', '<=', '!=', '==', '>', '<', '='] as const;
type Op = (typeof OPS)[number];

export interface Comparison {
  op: Op;
  value: number;
}

export function parseCountSpec(spec: CountSpec): Comparison {
  if (typeof spec === 'number') return { op: '==', value: spec };
  const s = spec.trim();
  const op = OPS.find((o) => s.startsWith(o)) ?? '==';
  const rest = s.startsWith(op) ? s.slice(op.length).trim() : s;
  const value = Number(rest);
  if (rest === '' || !Number.isFinite(value)) throw new Error(`invalid count "${spec}": want a number or "<op> <number>" (op: ${OPS.join(' ')})`);
  return { op, value };
}

export function compareCount(actual: number, spec: CountSpec): boolean {
  const { op, value } = parseCountSpec(spec);
  switch (op) {
    case '>=':
      return actual >= value;
    case '<=':
      return actual <= value;
    case '>':
      return actual > value;
    case '<':
      return actual < value;
    case '!=':
      return actual !== value;
    default:
      return actual === value;
  }
}

export function describeCount(spec: CountSpec): string {
  const { op, value } = parseCountSpec(spec);
  return op === '==' || op === '=' ? String(value) : `${op} ${value}`;
}
