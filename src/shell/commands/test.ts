import type { CommandContext, CommandFn } from '../executor/types';

/** A malformed expression: bash prints `bash: test: …` and returns 2. */
class TestError extends Error {}

const BINARY = new Set(['=', '==', '!=', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '<', '>']);
const UNARY = new Set(['-z', '-n', '-f', '-d', '-e', '-s', '-r', '-w', '-x']);

/** `test EXPR` and `[ EXPR ]`: strings, integers, files, `!`, `-a`, `-o`. */
export const test: CommandFn = async (ctx) => {
  const name = ctx.argv[0];
  let args = ctx.argv.slice(1);
  if (name === '[') {
    if (args[args.length - 1] !== ']') {
      ctx.stderr.write("bash: [: missing `]'\n");
      return 2;
    }
    args = args.slice(0, -1);
  }
  try {
    return evaluateOr(ctx, args) ? 0 : 1;
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    ctx.stderr.write(`bash: ${name}: ${e.message}\n`);
    return 2;
  }
};

function evaluateOr(ctx: CommandContext, args: string[]): boolean {
  const i = args.indexOf('-o');
  if (i > 0) return evaluateOr(ctx, args.slice(0, i)) || evaluateOr(ctx, args.slice(i + 1));
  const j = args.indexOf('-a');
  if (j > 0) return evaluateOr(ctx, args.slice(0, j)) && evaluateOr(ctx, args.slice(j + 1));
  return primary(ctx, args);
}

function primary(ctx: CommandContext, args: string[]): boolean {
  if (args[0] === '!' && args.length > 1) return !primary(ctx, args.slice(1));
  switch (args.length) {
    case 0:
      return false;
    case 1:
      return args[0] !== '';
    case 2:
      if (!UNARY.has(args[0])) throw new TestError(`${args[0]}: unary operator expected`);
      return unary(ctx, args[0], args[1]);
    case 3:
      if (!BINARY.has(args[1])) throw new TestError(`${args[1]}: binary operator expected`);
      return binary(args[0], args[1], args[2]);
  }
  throw new TestError('too many arguments');
}

function unary(ctx: CommandContext, op: string, operand: string): boolean {
  if (op === '-z') return operand === '';
  if (op === '-n') return operand !== '';
  const node = ctx.fs.stat(ctx.fs.resolve(ctx.cwd, operand));
  if (op === '-f') return node?.type === 'file';
  if (op === '-d') return node?.type === 'dir';
  if (op === '-s') return node?.type === 'file' && node.content.length > 0;
  return node !== undefined;
}

function binary(a: string, op: string, b: string): boolean {
  switch (op) {
    case '=':
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '>':
      return a > b;
  }
  const [x, y] = [integer(a), integer(b)];
  return op === '-eq' ? x === y : op === '-ne' ? x !== y : op === '-lt' ? x < y : op === '-le' ? x <= y : op === '-gt' ? x > y : x >= y;
}

function integer(s: string): number {
  if (!/^\s*[-+]?\d+\s*$/.test(s)) throw new TestError(`${s}: integer expression expected`);
  return Number(s);
}

/** `:` does nothing, successfully (`while :; do …; done`). */
export const colon: CommandFn = async () => 0;
