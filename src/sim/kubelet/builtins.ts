/**
 * The userland commands container scripts use, with busybox/coreutils wording. They run
 * instantly against the program's variables and files; `sleep`, `wait` and `exit` report what
 * the interpreter must do instead of doing it.
 */
import { fail, isDir, lines, ok, readInputs, type Builtin, type BuiltinIO, type BuiltinResult } from './builtinIO';
import { formatDate } from './logTemplates';
import type { ShellFlavour } from './programTypes';
import { textBuiltins } from './textBuiltins';
import { fileBuiltins } from './fileBuiltins';
import { tar } from './tarBuiltin';

export type { BuiltinIO, BuiltinResult } from './builtinIO';

function seconds(arg: string | undefined): number | 'infinity' | undefined {
  if (arg === 'infinity' || arg === 'inf') return 'infinity';
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(arg ?? '');
  if (!m) return undefined;
  return Number(m[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
}

function echo(args: string[]): BuiltinResult {
  let newline = true;
  let escapes = false;
  while (args[0] === '-n' || args[0] === '-e') {
    if (args[0] === '-n') newline = false;
    else escapes = true;
    args = args.slice(1);
  }
  let text = args.join(' ');
  if (escapes) text = text.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
  return ok(newline ? `${text}\n` : text);
}

function printf(args: string[]): BuiltinResult {
  const [format = '', ...rest] = args;
  let i = 0;
  const out = format
    .replace(/%[sd]/g, (spec) => {
      const v = rest[i++] ?? '';
      return spec === '%d' ? String(Number.parseInt(v, 10) || 0) : v;
    })
    .replace(/\\n/g, '\n')
    .replace(/\\t/g, '\t');
  return ok(out);
}

function test(args: string[], io: BuiltinIO): BuiltinResult {
  if (args[args.length - 1] === ']') args = args.slice(0, -1);
  const truth = (b: boolean): BuiltinResult => ({ status: b ? 0 : 1 });
  if (args[0] === '!') return truth(test(args.slice(1), io).status !== 0);
  if (args.length === 1) return truth(args[0] !== '');
  if (args.length === 2) {
    const [op, v] = args;
    if (op === '-f' || op === '-e' || op === '-s') return truth(v in io.fs || (op === '-e' && isDir(v, io.fs)));
    if (op === '-d') return truth(isDir(v, io.fs));
    if (op === '-z') return truth(v === '');
    if (op === '-n') return truth(v !== '');
  }
  const [a, op, b] = args;
  const n = (s: string) => Number.parseInt(s, 10);
  const cmp: Record<string, () => boolean> = {
    '=': () => a === b,
    '==': () => a === b,
    '!=': () => a !== b,
    '-eq': () => n(a) === n(b),
    '-ne': () => n(a) !== n(b),
    '-lt': () => n(a) < n(b),
    '-le': () => n(a) <= n(b),
    '-gt': () => n(a) > n(b),
    '-ge': () => n(a) >= n(b),
  };
  return cmp[op] ? truth(cmp[op]()) : { status: 2 };
}

function printenv(args: string[], io: BuiltinIO): BuiltinResult {
  const names = [...io.exported].filter((k) => k in io.vars);
  if (args.length === 0) return ok(names.map((k) => `${k}=${io.vars[k]}\n`).join(''));
  const found = args.filter((a) => io.exported.has(a) && a in io.vars);
  return { status: found.length === args.length ? 0 : 1, stdout: found.map((a) => `${io.vars[a]}\n`).join('') };
}

export const builtins: Record<string, Builtin> = {
  ...textBuiltins,
  ...fileBuiltins,
  tar,
  echo,
  printf,
  true: () => ok(),
  ':': () => ok(),
  false: () => ({ status: 1 }),
  test,
  '[': test,
  sleep: (args) => {
    const s = seconds(args[0]);
    if (s === undefined) return fail(`sleep: invalid number '${args[0] ?? ''}'`);
    return s === 'infinity' ? { status: 0, block: true } : { status: 0, sleepMs: s * 1000 };
  },
  wait: () => ({ status: 0, block: true }),
  exit: (args) => ({ status: 0, exit: args[0] === undefined ? -1 : Number.parseInt(args[0], 10) & 255 }),
  date: (_args, io) => ok(`${formatDate(io.now, '')}\n`),
  hostname: (_args, io) => ok(`${io.hostname}\n`),
  whoami: () => ok('root\n'),
  pwd: () => ok('/\n'),
  cd: () => ok(),
  env: printenv,
  printenv,
  export: (args, io) => {
    for (const a of args) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a : a.slice(0, eq);
      if (eq >= 0) io.vars[name] = a.slice(eq + 1);
      io.exported.add(name);
    }
    return ok();
  },
  cat: (args, io) => {
    const { text, errors } = readInputs('cat', args, io);
    return { status: errors ? 1 : 0, stdout: text, stderr: errors };
  },
  rev: (args, io) => {
    const { text, errors } = readInputs('rev', args, io);
    return { status: errors ? 1 : 0, stdout: lines(text).map((l) => `${[...l].reverse().join('')}\n`).join(''), stderr: errors };
  },
  seq: (args) => {
    const [from, to] = args.length === 1 ? [1, Number(args[0])] : [Number(args[0]), Number(args[1])];
    const out: string[] = [];
    for (let i = from; i <= to; i++) out.push(`${i}\n`);
    return ok(out.join(''));
  },
};

/** The line a shell prints for a command it cannot find, and the status it returns. */
export function notFound(name: string, flavour: ShellFlavour): BuiltinResult {
  if (flavour === 'bash') return fail(`bash: line 1: ${name}: command not found`, 127);
  if (flavour === 'dash') return fail(`sh: 1: ${name}: not found`, 127);
  return fail(`sh: ${name}: not found`, 127);
}
