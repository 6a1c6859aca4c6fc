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

/**
 * Directories every Linux image has, even empty. Other directories exist through the files under
 * them, or, empty (`mkdir`, a tar member), as a key ending in `/` with no content.
 */
export const STANDARD_DIRS: ReadonlySet<string> = new Set(['/', '/bin', '/dev', '/etc', '/home', '/lib', '/mnt', '/opt', '/proc', '/root', '/run', '/sbin', '/srv', '/sys', '/tmp', '/usr', '/usr/bin', '/usr/local', '/usr/sbin', '/var', '/var/tmp']);

export function isDir(path: string, fs: Record<string, string>): boolean {
  const prefix = path.endsWith('/') ? path : `${path}/`;
  return STANDARD_DIRS.has(prefix.length > 1 ? prefix.slice(0, -1) : prefix) || Object.keys(fs).some((f) => f.startsWith(prefix));
}

/** Records an empty directory (a no-op when it exists); its parents are implied by its path. */
export function makeDir(fs: Record<string, string>, path: string): void {
  if (!isDir(path, fs)) fs[`${path.replace(/\/+$/, '')}/`] = '';
}

/**
 * An absolute, clean path: relative paths name files under the working directory (`/` in the
 * images here, which set no WORKDIR); `.`, `..` and repeated or trailing slashes are resolved.
 */
export function resolvePath(path: string, cwd = '/'): string {
  const parts: string[] = [];
  for (const p of `${path.startsWith('/') ? '' : cwd}/${path}`.split('/')) {
    if (p === '..') parts.pop();
    else if (p && p !== '.') parts.push(p);
  }
  return `/${parts.join('/')}`;
}

const fromWorkdir = (path: string): string => resolvePath(path);

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
