/**
 * `tar` in images with a userland: create (`c`), extract (`x`) and list (`t`) ustar archives,
 * from and to a file or the standard streams (`f -`), under `-C DIR`, with `v` and `O`.
 * GNU tar's wording and exit status 2 in Debian-based images, busybox's (status 1) in the others.
 * What `kubectl cp` runs: `tar cf - <src>` and `tar -xmf - -C <dir>`.
 */
import { readTar, writeTar, GNU_RECORD, type TarEntry } from '../../common/tar';
import { isDir, makeDir, resolvePath, type BuiltinIO, type BuiltinResult } from './builtinIO';
import { dirEntries } from './fileBuiltins';
import { formatDate } from './logTemplates';

interface TarOptions {
  mode?: 'c' | 'x' | 't';
  verbose: boolean;
  toStdout: boolean;
  file?: string;
  dir?: string;
  operands: string[];
}

/** Letters accepted and without effect here: permissions, owners and times are not modelled. */
const IGNORED = new Set(['m', 'p', 'o', 'h']);
const LONG: Record<string, (o: TarOptions, value?: string) => void> = {
  create: (o) => void (o.mode = 'c'),
  extract: (o) => void (o.mode = 'x'),
  list: (o) => void (o.mode = 't'),
  verbose: (o) => void (o.verbose = true),
  'to-stdout': (o) => void (o.toStdout = true),
  file: (o, v) => void (o.file = v),
  directory: (o, v) => void (o.dir = v),
  touch: () => {},
  'no-same-owner': () => {},
  'no-same-permissions': () => {},
  'same-owner': () => {},
  'preserve-permissions': () => {},
};

type Parsed = { ok: true; options: TarOptions } | { ok: false; error: string };

/** One option letter; `value` supplies the argument of `f` and `C`. */
function letter(o: TarOptions, ch: string, value: () => string | undefined): string | undefined {
  if (ch === 'c' || ch === 'x' || ch === 't') o.mode = ch;
  else if (ch === 'v') o.verbose = true;
  else if (ch === 'O') o.toStdout = true;
  else if (ch === 'f') o.file = value();
  else if (ch === 'C') o.dir = value();
  else if (!IGNORED.has(ch)) return `invalid option -- '${ch}'`;
  return undefined;
}

/** GNU's getopt with its historical first word (`tar xvf a.tar`: letters without a dash, their arguments following). */
function parse(args: string[]): Parsed {
  const o: TarOptions = { verbose: false, toStdout: false, operands: [] };
  let i = 0;
  const next = () => args[++i];
  if (args[0] && !args[0].startsWith('-')) {
    const pending: string[] = [];
    for (const ch of args[0]) {
      const error = letter(o, ch, () => (pending.push(ch), undefined));
      if (error) return { ok: false, error };
    }
    for (const ch of pending) letter(o, ch, next);
    i++;
  }
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      o.operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s);
      const apply = LONG[name];
      if (!apply) return { ok: false, error: `unrecognized option '${a}'` };
      apply(o, inline ?? (name === 'file' || name === 'directory' ? next() : undefined));
    } else if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const rest = a.slice(j + 1);
        let took = false;
        const error = letter(o, a[j], () => ((took = true), rest || next()));
        if (error) return { ok: false, error };
        if (took) break;
      }
    } else o.operands.push(a);
  }
  return { ok: true, options: o };
}

const gnu = (io: BuiltinIO) => io.flavour !== 'busybox';

/** tar's messages (`tar: …`), then lines printed as they are, and the status tar exits with. */
function fatal(io: BuiltinIO, lines: string[], status = gnu(io) ? 2 : 1, plain: string[] = []): BuiltinResult {
  return { status, stderr: [...lines.map((l) => `tar: ${l}`), ...plain].map((l) => `${l}\n`).join('') };
}

const TRY_HELP = "Try 'tar --help' or 'tar --usage' for more information.";
/** The first line of busybox's usage text, which it prints for a command line it cannot use. */
const BUSYBOX_USAGE = 'Usage: tar c|x|t [-zJjahmvokO] [-f TARFILE] [-C DIR] [-T FILE] [-X FILE] [LONGOPT]... [FILE]...';
const SLASH_NOTE = { gnu: "Removing leading `/' from member names", busybox: "removing leading '/' from member names" };

function collect(path: string, name: string, io: BuiltinIO, mtime: number, out: Omit<TarEntry, 'size'>[]): void {
  if (path in io.fs) {
    out.push({ name, type: 'file', text: io.fs[path], mode: 0o644, mtime });
    return;
  }
  if (name) out.push({ name, type: 'dir', text: '', mode: 0o755, mtime });
  for (const e of dirEntries(path, io.fs)) collect(resolvePath(e, path), name ? `${name}/${e}` : e, io, mtime, out);
}

function create(o: TarOptions, io: BuiltinIO): BuiltinResult {
  if (o.operands.length === 0) return gnu(io) ? fatal(io, ['Cowardly refusing to create an empty archive'], 2, [TRY_HELP]) : fatal(io, ['empty archive']);
  const base = resolvePath(o.dir ?? '/');
  const entries: Omit<TarEntry, 'size'>[] = [];
  const toStdout = o.file === undefined || o.file === '-';
  // The names `v` prints go to stdout, unless the archive does.
  let stdout = '';
  let stderr = '';
  const names = (text: string) => (toStdout ? (stderr += text) : (stdout += text));
  let noted = false;
  let failed = false;
  for (const given of o.operands) {
    const path = resolvePath(given, base);
    const exists = path in io.fs || isDir(path, io.fs);
    if (given.startsWith('/') && (gnu(io) || exists) && !noted) {
      stderr += `tar: ${gnu(io) ? SLASH_NOTE.gnu : SLASH_NOTE.busybox}\n`;
      noted = true;
    }
    if (!exists) {
      stderr += gnu(io) ? `tar: ${given}: Cannot stat: No such file or directory\n` : `tar: ${given}: No such file or directory\n`;
      failed = true;
      continue;
    }
    const from = entries.length;
    collect(path, given.replace(/^\/+/, '').replace(/\/+$/, '') || '.', io, Math.floor(io.now / 1000), entries);
    if (o.verbose) names(entries.slice(from).map((e) => `${e.name}${e.type === 'dir' ? '/' : ''}\n`).join(''));
  }
  if (failed && gnu(io)) stderr += 'tar: Exiting with failure status due to previous errors\n';
  const archive = writeTar(entries, gnu(io) ? { record: GNU_RECORD } : {});
  if (toStdout) stdout = archive;
  else io.fs[resolvePath(o.file!)] = archive;
  return { status: failed ? (gnu(io) ? 2 : 1) : 0, stdout, stderr };
}

/** The archive `f` names (or standard input), or the error that stops tar before reading. */
function openArchive(o: TarOptions, io: BuiltinIO): { archive: string } | { error: BuiltinResult } {
  if (o.file === undefined || o.file === '-') return { archive: io.stdin };
  const path = resolvePath(o.file);
  if (path in io.fs) return { archive: io.fs[path] };
  return { error: gnu(io) ? fatal(io, [`${o.file}: Cannot open: No such file or directory`, 'Error is not recoverable: exiting now']) : fatal(io, [`can't open '${o.file}': No such file or directory`]) };
}

function modeString(e: TarEntry): string {
  const bits = [...'rwxrwxrwx'].map((c, i) => (e.mode & (1 << (8 - i)) ? c : '-')).join('');
  return `${e.type === 'dir' ? 'd' : e.type === 'symlink' ? 'l' : '-'}${bits}`;
}

function listLine(e: TarEntry, o: TarOptions, io: BuiltinIO): string {
  const name = `${e.name}${e.type === 'dir' ? '/' : ''}`;
  if (!o.verbose) return `${name}\n`;
  const when = formatDate(e.mtime * 1000, 'entrypoint').slice(0, gnu(io) ? 16 : 19);
  const link = e.linkname ? ` -> ${e.linkname}` : '';
  return `${modeString(e)} root/root ${String(e.size).padStart(9)} ${when} ${name}${link}\n`;
}

/** Extracts (`x`) or lists (`t`) the members named by the operands, or all of them. */
function read(o: TarOptions, io: BuiltinIO): BuiltinResult {
  const opened = openArchive(o, io);
  if ('error' in opened) return opened.error;
  const base = resolvePath(o.dir ?? '/');
  if (o.mode === 'x' && !isDir(base, io.fs)) {
    return gnu(io) ? fatal(io, [`${o.dir}: Cannot open: No such file or directory`, 'Error is not recoverable: exiting now']) : fatal(io, [`can't change directory to '${o.dir}': No such file or directory`]);
  }
  const r = readTar(opened.archive);
  if (!r.ok && r.entries.length === 0 && r.error === 'not-tar') {
    return gnu(io) ? fatal(io, ['This does not look like a tar archive', 'Exiting with failure status due to previous errors']) : fatal(io, ['invalid tar magic']);
  }
  const wanted = (name: string) => o.operands.length === 0 || o.operands.some((op) => name === op.replace(/\/+$/, '') || name.startsWith(`${op.replace(/\/+$/, '')}/`));
  let stdout = '';
  for (const e of r.entries.filter((x) => wanted(x.name))) {
    if (o.mode === 't') stdout += listLine(e, o, io);
    else if (o.toStdout) stdout += e.type === 'file' ? e.text : '';
    else {
      if (o.verbose) stdout += listLine(e, { ...o, verbose: false }, io);
      const target = resolvePath(e.name, base);
      if (e.type === 'dir') makeDir(io.fs, target);
      else if (e.type === 'file') io.fs[target] = e.text;
    }
  }
  if (!r.ok) return { ...fatal(io, gnu(io) ? ['Unexpected EOF in archive', 'Error is not recoverable: exiting now'] : ['short read']), stdout };
  return { status: 0, stdout };
}

export function tar(args: string[], io: BuiltinIO): BuiltinResult {
  const parsed = parse(args);
  if (!parsed.ok) return gnu(io) ? fatal(io, [parsed.error], 2, [TRY_HELP]) : fatal(io, [parsed.error], 1, [BUSYBOX_USAGE]);
  const o = parsed.options;
  if (!o.mode) return gnu(io) ? fatal(io, ["You must specify one of the '-Acdtrux', '--delete' or '--test-label' options"], 2, [TRY_HELP]) : fatal(io, [], 1, [BUSYBOX_USAGE]);
  return o.mode === 'c' ? create(o, io) : read(o, io);
}
