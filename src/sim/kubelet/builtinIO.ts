/** What a builtin command sees and returns, and the helpers the builtins share. */
import type { ShellFlavour } from './programTypes';

export interface BuiltinIO {
  stdin: string;
  now: number;
  hostname: string;
  vars: Record<string, string>;
  /** Exported variables, in the order `env` prints them. */
  exported: Set<string>;
  fs: Record<string, string>;
  flavour: ShellFlavour;
}

export interface BuiltinResult {
  status: number;
  stdout?: string;
  stderr?: string;
  sleepMs?: number;
  /** Blocks until a signal: `sleep infinity`, `wait` on a background job. */
  block?: boolean;
  exit?: number;
}

export type Builtin = (args: string[], io: BuiltinIO) => BuiltinResult;

export const ok = (stdout = ''): BuiltinResult => ({ status: 0, stdout });
export const fail = (stderr: string, status = 1): BuiltinResult => ({ status, stderr: `${stderr}\n` });

export function noFile(cmd: string, path: string, io: BuiltinIO): string {
  return io.flavour === 'busybox' ? `${cmd}: can't open '${path}': No such file or directory` : `${cmd}: ${path}: No such file or directory`;
}

export function isDir(path: string, fs: Record<string, string>): boolean {
  const prefix = path.endsWith('/') ? path : `${path}/`;
  return Object.keys(fs).some((f) => f.startsWith(prefix));
}

/** Relative paths name files under the working directory: `/` in the images here (no WORKDIR). */
function fromWorkdir(path: string): string {
  return path.startsWith('/') ? path : `/${path.replace(/^(\.\/)+/, '')}`;
}

export function readInputs(cmd: string, args: string[], io: BuiltinIO): { text: string; errors: string } {
  if (args.length === 0) return { text: io.stdin, errors: '' };
  let text = '';
  let errors = '';
  for (const path of args) {
    const file = [path, fromWorkdir(path)].find((p) => p in io.fs);
    if (file !== undefined) text += io.fs[file];
    else if (isDir(path, io.fs)) errors += `${cmd}: read error: Is a directory\n`;
    else errors += `${noFile(cmd, path, io)}\n`;
  }
  return { text, errors };
}

export function lines(text: string): string[] {
  const all = text.split('\n');
  if (all[all.length - 1] === '') all.pop();
  return all;
}
