import type { CommandFn } from '../../executor/types';
import { FsError } from '../../vfs/FsError';
import type { JqAst } from './ast';
import { isBuiltin } from './builtins';
import { evaluate } from './evaluate';
import { JqCompileError } from './lexer';
import { parseJq } from './parser';
import { type Json, JqRuntimeError, formatJson } from './values';

interface JqOptions {
  raw: boolean;
  compact: boolean;
  nullInput: boolean;
  slurp: boolean;
  exitStatus: boolean;
  tab: boolean;
  sortKeys: boolean;
  joinOutput: boolean;
  vars: Map<string, Json>;
}

/** `jq [-r] [-c] [-n] [-s] [-e] [-S] [-j] [--arg n v] [--argjson n v] FILTER [FILE…]`. */
export const jq: CommandFn = async (ctx) => {
  const opts: JqOptions = { raw: false, compact: false, nullInput: false, slurp: false, exitStatus: false, tab: false, sortKeys: false, joinOutput: false, vars: new Map() };
  const operands: string[] = [];
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--arg' || a === '--argjson') {
      const [name, value] = [args[++i], args[++i]];
      if (value === undefined) {
        ctx.stderr.write(`jq: error: ${a} takes two parameters (e.g. ${a} varname value)\n`);
        return 2;
      }
      opts.vars.set(name, a === '--arg' ? value : (JSON.parse(value) as Json));
    } else if (a.startsWith('--') && a.length > 2) {
      const long: Record<string, keyof JqOptions> = { '--raw-output': 'raw', '--compact-output': 'compact', '--null-input': 'nullInput', '--slurp': 'slurp', '--exit-status': 'exitStatus', '--tab': 'tab', '--sort-keys': 'sortKeys', '--join-output': 'joinOutput' };
      if (!long[a]) return unknownOption(ctx.stderr, a);
      (opts as unknown as Record<string, boolean>)[long[a]] = true;
    } else if (a.startsWith('-') && a.length > 1) {
      const short: Record<string, keyof JqOptions> = { r: 'raw', c: 'compact', n: 'nullInput', s: 'slurp', e: 'exitStatus', S: 'sortKeys', j: 'joinOutput', M: 'tab', C: 'tab' };
      for (const c of a.slice(1)) {
        if (!short[c]) return unknownOption(ctx.stderr, a);
        if (c !== 'M' && c !== 'C') (opts as unknown as Record<string, boolean>)[short[c]] = true;
      }
    } else operands.push(a);
  }
  const filterSource = operands.shift() ?? '.';
  let filter: JqAst;
  try {
    filter = parseJq(filterSource);
    checkFunctions(filter);
  } catch (e) {
    if (!(e instanceof JqCompileError)) throw e;
    const hint = e.message.startsWith('syntax error') ? ' (Unix shell quoting issues?)' : '';
    ctx.stderr.write(`jq: error: ${e.message}${hint} at <top-level>, line 1:\n${filterSource}\njq: 1 compile error\n`);
    return 3;
  }
  let inputs: Json[];
  try {
    inputs = readJsonInputs(ctx, operands);
  } catch (e) {
    if (e instanceof FsError) return 2;
    if (!(e instanceof JqRuntimeError)) throw e;
    ctx.stderr.write(`jq: error (at <stdin>:0): ${e.message}\n`);
    return 2;
  }
  if (opts.slurp) inputs = [inputs];
  if (opts.nullInput) inputs = [null];
  return run(ctx, filter, inputs, opts);
};

function run(ctx: Parameters<CommandFn>[0], filter: JqAst, inputs: Json[], opts: JqOptions): number {
  let last: Json | undefined;
  let out = '';
  for (const input of inputs) {
    try {
      for (const v of evaluate(filter, input, opts.vars)) {
        out += formatJson(v, { compact: opts.compact, raw: opts.raw || opts.joinOutput, tab: opts.tab, sortKeys: opts.sortKeys }) + (opts.joinOutput ? '' : '\n');
        last = v;
      }
    } catch (e) {
      if (!(e instanceof JqRuntimeError)) throw e;
      ctx.stdout.write(out);
      ctx.stderr.write(`jq: error (at <stdin>:${ctx.stdin.split('\n').length - 1}): ${e.message}\n`);
      return 5;
    }
  }
  ctx.stdout.write(out);
  if (!opts.exitStatus) return 0;
  if (last === undefined) return 4;
  return last === null || last === false ? 1 : 0;
}

function unknownOption(stderr: { write(s: string): void }, a: string): number {
  stderr.write(`jq: Unknown option: ${a}\nUse jq --help for help with command-line options,\nor see the jq manpage, or online docs  at https://jqlang.github.io/jq\n`);
  return 2;
}

function checkFunctions(ast: JqAst): void {
  if (ast.k === 'call' && !isBuiltin(ast.name)) throw new JqCompileError(`${ast.name}/${ast.args.length} is not defined`);
  for (const child of Object.values(ast)) {
    if (Array.isArray(child)) child.forEach((c) => isAst(c) && checkFunctions(c));
    else if (isAst(child)) checkFunctions(child);
  }
}

function isAst(v: unknown): v is JqAst {
  return typeof v === 'object' && v !== null && 'k' in v;
}

function readJsonInputs(ctx: Parameters<CommandFn>[0], files: string[]): Json[] {
  const values: Json[] = [];
  for (const name of files.length ? files : ['-']) {
    let text: string;
    try {
      text = name === '-' ? ctx.stdin : ctx.fs.readFile(ctx.fs.resolve(ctx.cwd, name));
    } catch (e) {
      if (e instanceof FsError) ctx.stderr.write(`jq: error: Could not open ${name}: ${e.message}\n`);
      throw e;
    }
    values.push(...parseJsonStream(text));
  }
  return values;
}

/** Parses whitespace-separated JSON texts (`kubectl get -o json` prints one, jq accepts many). */
export function parseJsonStream(text: string): Json[] {
  const out: Json[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) break;
    const end = valueEnd(text, i);
    try {
      out.push(JSON.parse(text.slice(i, end)) as Json);
    } catch {
      throw new JqRuntimeError(`Cannot parse input: ${text.slice(i, end).slice(0, 20)}`);
    }
    i = end;
  }
  return out;
}

function valueEnd(text: string, start: number): number {
  let depth = 0;
  let i = start;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (--depth === 0) return i + 1;
    } else if (depth === 0 && /\s/.test(c)) return i;
  }
  return i;
}
