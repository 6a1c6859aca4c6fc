import type { CommandFn } from '../../executor/types';
import { FsError } from '../../vfs/FsError';
import { RegexError } from '../regex/posixRegex';
import { AwkSyntaxError } from './lexer';
import { parseAwk } from './parser';
import { AwkRuntime } from './runtime';
import { StrNum } from './values';

const ESCAPES: Record<string, string> = { t: '\t', n: '\n', '\\': '\\' };
const unescape = (s: string): string => s.replace(/\\(.)/g, (m, c: string) => ESCAPES[c] ?? m);

/** `awk [-F FS] [-v var=value]… 'program' [FILE…]` (POSIX awk, as mawk/gawk run it). */
export const awk: CommandFn = async (ctx) => {
  const args = ctx.argv.slice(1);
  const assignments: [string, string][] = [];
  let fs: string | undefined;
  while (args.length && args[0].startsWith('-') && args[0] !== '-') {
    const opt = args.shift()!;
    if (opt === '--') break;
    const value = opt.length > 2 ? opt.slice(2) : args.shift();
    if (value === undefined) {
      ctx.stderr.write(`awk: option requires an argument -- ${opt[1]}\n`);
      return 2;
    }
    if (opt[1] === 'F') fs = value === 't' ? '\t' : unescape(value);
    else if (opt[1] === 'v') {
      const eq = value.indexOf('=');
      assignments.push([value.slice(0, eq), unescape(value.slice(eq + 1))]);
    } else {
      ctx.stderr.write(`awk: not an option: ${opt}\n`);
      return 2;
    }
  }
  const program = args.shift();
  if (program === undefined) {
    ctx.stderr.write('usage: awk [-F value] [-v var=value] [--] \'program text\' [file ...]\n');
    return 2;
  }
  const out: string[] = [];
  let runtime: AwkRuntime;
  try {
    runtime = new AwkRuntime(parseAwk(program), {
      write: (s) => out.push(s),
      writeFile: (path, text, append) => ctx.fs.writeFile(ctx.fs.resolve(ctx.cwd, path), text, append),
    });
  } catch (e) {
    if (!(e instanceof AwkSyntaxError || e instanceof RegexError)) throw e;
    ctx.stderr.write(`awk: ${e.message}\n`);
    return 2;
  }
  if (fs !== undefined) runtime.vars.set('FS', fs);
  for (const [k, v] of assignments) runtime.vars.set(k, new StrNum(v));
  const inputs: { name: string; text: string }[] = [];
  for (const name of args.length ? args : ['-']) {
    try {
      inputs.push({ name, text: name === '-' ? ctx.stdin : ctx.fs.readFile(ctx.fs.resolve(ctx.cwd, name)) });
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      ctx.stdout.write(out.join(''));
      ctx.stderr.write(`awk: cannot open ${name} (${e.message})\n`);
      return 2;
    }
  }
  try {
    const status = runtime.run(inputs);
    ctx.stdout.write(out.join(''));
    return status;
  } catch (e) {
    if (!(e instanceof AwkSyntaxError || e instanceof RegexError)) throw e;
    ctx.stdout.write(out.join(''));
    ctx.stderr.write(`awk: run time error: ${e.message}\n`);
    return 2;
  }
};
