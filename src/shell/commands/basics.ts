import type { CommandFn } from '../executor/types';

export const trueCommand: CommandFn = async () => 0;
export const falseCommand: CommandFn = async () => 1;

export const pwd: CommandFn = async (ctx) => {
  ctx.stdout.write(ctx.cwd + '\n');
  return 0;
};

/** The escape sequence `clear` sends to an xterm: cursor home, erase display. */
export const CLEAR_SCREEN = '\x1b[H\x1b[2J';

export const clear: CommandFn = async (ctx) => {
  ctx.stdout.write(CLEAR_SCREEN);
  return 0;
};

export const whoami: CommandFn = async (ctx) => {
  ctx.stdout.write((ctx.env.get('USER') ?? 'root') + '\n');
  return 0;
};

export const hostname: CommandFn = async (ctx) => {
  ctx.stdout.write(ctx.hostname + '\n');
  return 0;
};

/** `env` / `printenv`: exported variables; `printenv NAME` prints one value (exit 1 if unset). */
export const env: CommandFn = async (ctx) => {
  const args = ctx.argv.slice(1);
  const vars = ctx.env.exported();
  if (args.length === 0 || ctx.argv[0] === 'env') {
    const bad = args.find((a) => a.startsWith('-'));
    if (bad) {
      ctx.stderr.write(`env: invalid option -- '${bad.slice(1, 2)}'\nTry 'env --help' for more information.\n`);
      return 125;
    }
    if (args.length) {
      const rest = args.filter((a) => !a.includes('='));
      const assigned = args.filter((a) => a.includes('=')).map((a) => `export ${quoteAssignment(a)}`);
      if (rest.length) return ctx.shell.run([...assigned.map((a) => a + ';'), rest.map(quoteWord).join(' ')].join(' '), { stdout: ctx.stdout, stderr: ctx.stderr, stdin: ctx.stdin });
    }
    for (const [k, v] of Object.entries(vars)) ctx.stdout.write(`${k}=${v}\n`);
    return 0;
  }
  let status = 0;
  for (const name of args) {
    if (name in vars) ctx.stdout.write(vars[name] + '\n');
    else status = 1;
  }
  return status;
};

const quoteWord = (w: string): string => `'${w.replace(/'/g, `'\\''`)}'`;
const quoteAssignment = (a: string): string => {
  const eq = a.indexOf('=');
  return a.slice(0, eq + 1) + quoteWord(a.slice(eq + 1));
};

/** `seq LAST`, `seq FIRST LAST`, `seq FIRST INCREMENT LAST`. */
export const seq: CommandFn = async (ctx) => {
  const args = ctx.argv.slice(1);
  const nums = args.map(Number);
  const bad = args.find((a) => Number.isNaN(Number(a)) || a.trim() === '');
  if (bad !== undefined) {
    ctx.stderr.write(`seq: invalid floating point argument: ‘${bad}’\nTry 'seq --help' for more information.\n`);
    return 1;
  }
  if (args.length < 1 || args.length > 3) {
    ctx.stderr.write(`seq: ${args.length ? `extra operand ‘${args[3]}’` : 'missing operand'}\nTry 'seq --help' for more information.\n`);
    return 1;
  }
  const [first, step, last] = args.length === 1 ? [1, 1, nums[0]] : args.length === 2 ? [nums[0], 1, nums[1]] : nums;
  let out = '';
  for (let v = first; step > 0 ? v <= last : v >= last; v += step) {
    out += v + '\n';
    if (step === 0) break;
  }
  ctx.stdout.write(out);
  return 0;
};
