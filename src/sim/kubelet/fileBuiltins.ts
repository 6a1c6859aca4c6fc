/**
 * Commands over the container's files and directories: ls, mkdir, rmdir, rm, touch, with
 * busybox's wording or GNU coreutils' (Debian-based images), checked against both.
 */
import { isDir, makeDir, resolvePath, STANDARD_DIRS, type Builtin, type BuiltinIO, type BuiltinResult } from './builtinIO';

const gnu = (io: BuiltinIO) => io.flavour !== 'busybox';

function splitArgs(args: string[]): { flags: string; paths: string[] } {
  const flags = args.filter((a) => /^-[a-zA-Z]+$/.test(a)).join('');
  return { flags, paths: args.filter((a) => !/^-[a-zA-Z]+$/.test(a)) };
}

/** The names directly under directory `dir` (files, directories, empty directories). */
export function dirEntries(dir: string, fs: Record<string, string>): string[] {
  const prefix = dir === '/' ? '/' : `${dir}/`;
  const names = new Set<string>();
  for (const f of Object.keys(fs)) if (f.startsWith(prefix) && f.length > prefix.length) names.add(f.slice(prefix.length).split('/')[0]);
  for (const d of STANDARD_DIRS) if (d !== '/' && d.startsWith(prefix) && !d.slice(prefix.length).includes('/')) names.add(d.slice(prefix.length));
  return [...names].sort();
}

function longLine(name: string, path: string, io: BuiltinIO): string {
  const dir = isDir(path, io.fs) && !(path in io.fs);
  const mode = dir ? 'drwxr-xr-x' : '-rw-r--r--';
  const size = dir ? 4096 : (io.fs[path] ?? '').length;
  return gnu(io) ? `${mode} 1 root root ${String(size).padStart(4)} ${name}\n` : `${mode}    ${dir ? 2 : 1} root     root     ${String(size).padStart(9)} ${name}\n`;
}

function ls(args: string[], io: BuiltinIO): BuiltinResult {
  const { flags, paths } = splitArgs(args);
  const all = /[aA]/.test(flags);
  let out = '';
  let err = '';
  for (const given of paths.length ? paths : ['/']) {
    const path = resolvePath(given);
    if (path in io.fs) out += flags.includes('l') ? longLine(given, path, io) : `${given}\n`;
    else if (!isDir(path, io.fs)) err += gnu(io) ? `ls: cannot access '${given}': No such file or directory\n` : `ls: ${given}: No such file or directory\n`;
    else {
      // Dotfiles stay hidden without -a/-A (a secret's `.secret-file`).
      const names = dirEntries(path, io.fs).filter((e) => all || !e.startsWith('.'));
      out += names.map((e) => (flags.includes('l') ? longLine(e, resolvePath(e, path), io) : `${e}\n`)).join('');
    }
  }
  return { status: err ? (gnu(io) ? 2 : 1) : 0, stdout: out, stderr: err };
}

function mkdir(args: string[], io: BuiltinIO): BuiltinResult {
  const { flags, paths } = splitArgs(args);
  let err = '';
  for (const given of paths) {
    const path = resolvePath(given);
    if ((path in io.fs || isDir(path, io.fs)) && !flags.includes('p')) err += `mkdir: ${gnu(io) ? 'cannot' : "can't"} create directory '${given}': File exists\n`;
    else makeDir(io.fs, path);
  }
  return { status: err ? 1 : 0, stderr: err };
}

function rmdir(args: string[], io: BuiltinIO): BuiltinResult {
  const { paths } = splitArgs(args);
  let err = '';
  const failed = (given: string, why: string) => (err += gnu(io) ? `rmdir: failed to remove '${given}': ${why}\n` : `rmdir: '${given}': ${why}\n`);
  for (const given of paths) {
    const path = resolvePath(given);
    if (path in io.fs) failed(given, 'Not a directory');
    else if (!isDir(path, io.fs)) failed(given, 'No such file or directory');
    else if (dirEntries(path, io.fs).length) failed(given, 'Directory not empty');
    else delete io.fs[`${path}/`];
  }
  return { status: err ? 1 : 0, stderr: err };
}

function rm(args: string[], io: BuiltinIO): BuiltinResult {
  const { flags, paths } = splitArgs(args);
  const force = flags.includes('f');
  const recursive = /[rR]/.test(flags);
  let err = '';
  for (const given of paths) {
    const path = resolvePath(given);
    if (path in io.fs) delete io.fs[path];
    else if (isDir(path, io.fs) && recursive) {
      for (const f of Object.keys(io.fs)) if (f.startsWith(`${path}/`)) delete io.fs[f];
    } else if (isDir(path, io.fs)) err += gnu(io) ? `rm: cannot remove '${given}': Is a directory\n` : `rm: '${given}' is a directory\n`;
    else if (!force) err += gnu(io) ? `rm: cannot remove '${given}': No such file or directory\n` : `rm: can't remove '${given}': No such file or directory\n`;
  }
  return { status: err ? 1 : 0, stderr: err };
}

function touch(args: string[], io: BuiltinIO): BuiltinResult {
  for (const given of splitArgs(args).paths) {
    const path = resolvePath(given);
    if (!(path in io.fs) && !isDir(path, io.fs)) io.fs[path] = '';
  }
  return { status: 0 };
}

export const fileBuiltins: Record<string, Builtin> = { ls, mkdir, rmdir, rm, touch };
