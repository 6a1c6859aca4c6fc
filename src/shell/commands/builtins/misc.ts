import type { BuiltinFn, Shell } from '../../executor/Shell';
import { ExitSignal } from '../../executor/Executor';

/** `exit [N]`: ends the current run; the Shell reports `exitRequested` to its host. */
export const exit: BuiltinFn = async (ctx, shell) => {
  const arg = ctx.argv[1];
  if (arg === undefined) throw new ExitSignal(shell.lastStatus);
  if (!/^-?\d+$/.test(arg)) {
    ctx.stderr.write(`bash: exit: ${arg}: numeric argument required\n`);
    throw new ExitSignal(2);
  }
  throw new ExitSignal(((Number(arg) % 256) + 256) % 256);
};

/** `history [N]`, `history -c`, numbered like bash (`%5d  %s`). */
export const history: BuiltinFn = async (ctx, shell) => {
  const arg = ctx.argv[1];
  if (arg === '-c') {
    shell.history.length = 0;
    return 0;
  }
  if (arg !== undefined && !/^\d+$/.test(arg)) {
    ctx.stderr.write(`bash: history: ${arg}: numeric argument required\n`);
    return 1;
  }
  const start = arg === undefined ? 0 : Math.max(0, shell.history.length - Number(arg));
  shell.history.slice(start).forEach((line, i) => {
    ctx.stdout.write(`${String(start + i + 1).padStart(5)}  ${line}\n`);
  });
  return 0;
};

/** Names bash itself implements even though this shell runs them as ordinary commands. */
const BASH_BUILTINS = new Set(['echo', 'printf', 'pwd', 'true', 'false', 'test', '[', ':']);

export type CommandKind = { kind: 'alias'; value: string } | { kind: 'builtin' } | { kind: 'file'; path: string };

/** Implemented here with shell access, but a program on a real machine. */
const EXTERNAL_BUILTINS = new Set(['which']);

export function lookupCommand(shell: Shell, name: string): CommandKind | undefined {
  const value = shell.aliases.get(name);
  if (value !== undefined) return { kind: 'alias', value };
  if (EXTERNAL_BUILTINS.has(name)) return { kind: 'file', path: `/usr/bin/${name}` };
  if (shell.builtins.has(name) || (BASH_BUILTINS.has(name) && shell.commands.has(name))) return { kind: 'builtin' };
  if (shell.commands.has(name)) return { kind: 'file', path: `/usr/bin/${name}` };
  return undefined;
}

/** `type NAME…`: alias, builtin or the command's path. */
export const type: BuiltinFn = async (ctx, shell) => {
  let status = 0;
  for (const name of ctx.argv.slice(1)) {
    const found = lookupCommand(shell, name);
    if (!found) {
      ctx.stderr.write(`bash: type: ${name}: not found\n`);
      status = 1;
    } else if (found.kind === 'alias') ctx.stdout.write(`${name} is aliased to \`${found.value}'\n`);
    else if (found.kind === 'builtin') ctx.stdout.write(`${name} is a shell builtin\n`);
    else ctx.stdout.write(`${name} is ${found.path}\n`);
  }
  return status;
};

/** `which NAME…`: the path of each command that is a file; builtins and aliases are not. */
export const which: BuiltinFn = async (ctx, shell) => {
  let status = 0;
  for (const name of ctx.argv.slice(1).filter((a) => !a.startsWith('-'))) {
    const found = lookupCommand(shell, name);
    if (found?.kind === 'file' || (found?.kind === 'builtin' && shell.commands.has(name))) {
      ctx.stdout.write(`/usr/bin/${name}\n`);
    } else status = 1;
  }
  return status;
};

/** `complete -F __start_kubectl k`: readline completion rules; the terminal completes itself. */
export const complete: BuiltinFn = async () => 0;
