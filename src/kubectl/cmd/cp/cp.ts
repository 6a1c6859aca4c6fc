/**
 * `kubectl cp <file-spec-src> <file-spec-dest> [-c CONTAINER]`: copies files and directories
 * between the learner's filesystem and a container (`[namespace/]pod:path` names the container
 * side) with kubectl's protocol: the container's own tar packs or unpacks an archive streamed
 * through pods/exec. A download writes the remote file at the local path (a directory's contents
 * into the local directory), an upload into an existing remote directory keeps the source's
 * name, and what the container's tar prints comes through (on a download, to stdout).
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { PODS } from '../shared/builtins';
import { chooseContainer } from '../logs/logsPod';
import { readTar, writeTar, type TarEntry } from '../../../common/tar';
import { ContainerFiles } from './containerFiles';
import type { Stored } from '../../sim';

interface FileSpec {
  namespace?: string;
  pod?: string;
  file: string;
}

const cpMessages = {
  needsTwoArgs: 'source and destination are required',
  badSpec: 'filespec must match the canonical format: [[namespace/]pod:]file/path',
  bothRemote: 'one of src or dest must be a local file specification',
  bothLocal: 'one of src or dest must be a remote file specification',
  emptyPath: 'filepath can not be empty',
  missingLocal: (path: string) => `${path} doesn't exist in local filesystem`,
  isDirectory: (path: string) => `open ${path}: is a directory`,
  corrupted: 'tar contents corrupted',
};

/** extractFileSpec: `file`, `pod:file` or `namespace/pod:file`. */
function fileSpec(arg: string): FileSpec {
  const i = arg.indexOf(':');
  if (i === 0) throw new KubectlError(cpMessages.badSpec);
  if (i < 0) return { file: arg };
  const pieces = arg.slice(0, i).split('/');
  if (pieces.length > 2) throw new KubectlError(cpMessages.badSpec);
  const file = arg.slice(i + 1);
  return pieces.length === 1 ? { pod: pieces[0], file } : { namespace: pieces[0], pod: pieces[1], file };
}

/** Go's path.Clean: `.` and `..` resolved, slashes collapsed, no trailing slash. */
function clean(path: string): string {
  const rooted = path.startsWith('/');
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '..' && parts.length && parts[parts.length - 1] !== '..') parts.pop();
    else if (p === '..' && !rooted) parts.push(p);
    else if (p && p !== '.' && p !== '..') parts.push(p);
  }
  const joined = parts.join('/');
  return rooted ? `/${joined}` : joined || '.';
}

const join = (dir: string, name: string) => clean(`${dir}/${name}`);
const base = (path: string) => clean(path).split('/').pop() || '/';
const dir = (path: string) => {
  const c = clean(path);
  const i = c.lastIndexOf('/');
  return i < 0 ? '.' : i === 0 ? '/' : c.slice(0, i);
};

function openContainer(inv: Invocation, spec: FileSpec): ContainerFiles {
  const pod = inv.ctx.client.get<Pod>(PODS, spec.pod!, { namespace: spec.namespace ?? inv.namespace }) as Stored<Pod>;
  const choice = chooseContainer(pod, inv.flags.string('container'));
  if (choice.notice) inv.ctx.stderr.write(`${choice.notice}\n`);
  return new ContainerFiles(inv.ctx.client, pod, choice.name);
}

function checkExit(exitCode: number): void {
  if (exitCode !== 0) throw new KubectlError(messages.execExitCode(exitCode), { raw: true, exitCode });
}

/** untarAll: each member under the source's path lands at the same place under `dest`. */
function untar(inv: Invocation, archive: string, prefix: string, dest: string): void {
  const read = readTar(archive);
  // An empty stream is an archive without members to Go's tar reader.
  if (!read.ok && (archive !== '' || read.entries.length)) throw new KubectlError(read.error === 'truncated' ? 'unexpected EOF' : 'archive/tar: invalid tar header');
  for (const entry of read.entries) {
    if (!entry.name.startsWith(prefix)) throw new KubectlError(cpMessages.corrupted);
    const target = join(dest, entry.name.slice(prefix.length));
    // The local filesystem keeps no empty directories; the files make their parents.
    if (entry.type === 'dir') continue;
    if (entry.type === 'symlink') {
      inv.ctx.stderr.write(`warning: skipping symlink: "${target}" -> "${entry.linkname ?? ''}"\n`);
      continue;
    }
    if (inv.ctx.listDir?.(target)) throw new KubectlError(cpMessages.isDirectory(target));
    inv.ctx.writeFile!(target, entry.text);
  }
}

function copyFromPod(inv: Invocation, src: FileSpec, dest: string): number {
  const r = openContainer(inv, src).archive(src.file);
  // kubectl hands the exec its own standard output for tar's messages.
  inv.ctx.stdout.write(r.stderr);
  checkExit(r.exitCode);
  const prefix = clean(src.file.replace(/^\/+/, '')).replace(/^(\.\.\/)+/, '').replace(/^\.$/, '');
  untar(inv, r.stdout, prefix, dest);
  return 0;
}

/** recursiveTar: the local tree at `path` as members named under `name`; only empty directories get their own. */
function localEntries(inv: Invocation, path: string, name: string, mtime: number): Omit<TarEntry, 'size'>[] {
  const entries = inv.ctx.listDir?.(path);
  if (entries === undefined) {
    const text = inv.ctx.readFile(path);
    return text === undefined ? [] : [{ name, type: 'file', text, mode: 0o644, mtime }];
  }
  if (entries.length === 0) return [{ name, type: 'dir', text: '', mode: 0o755, mtime }];
  return [...entries].sort().flatMap((e) => localEntries(inv, join(path, e), `${name}/${e}`, mtime));
}

function copyToPod(inv: Invocation, src: string, dest: FileSpec): number {
  if (inv.ctx.listDir?.(src) === undefined && inv.ctx.readFile(src) === undefined) throw new KubectlError(cpMessages.missingLocal(src));
  const files = openContainer(inv, dest);
  // An existing directory receives the source under its own name (checkDestinationIsDir).
  const target = files.isDir(dest.file) ? join(dest.file, base(src)) : dest.file;
  const archive = writeTar(localEntries(inv, src, base(target), Math.floor(inv.ctx.now() / 1000)));
  const r = files.extract(archive, dir(target), inv.flags.bool('no-preserve'));
  inv.ctx.stdout.write(r.stdout);
  inv.ctx.stderr.write(r.stderr);
  checkExit(r.exitCode);
  return 0;
}

async function runCp(inv: Invocation): Promise<number> {
  if (inv.args.length !== 2) throw new KubectlError(cpMessages.needsTwoArgs);
  const src = fileSpec(inv.args[0]);
  const dest = fileSpec(inv.args[1]);
  if (src.pod && dest.pod) throw new KubectlError(cpMessages.bothRemote);
  if (!src.file || !dest.file) throw new KubectlError(cpMessages.emptyPath);
  if (src.pod) return copyFromPod(inv, src, dest.file);
  if (dest.pod) return copyToPod(inv, src.file, dest);
  throw new KubectlError(cpMessages.bothLocal);
}

export const cpCommand: Command = {
  name: 'cp',
  short: 'Copy files and folders between your machine and a container',
  flags: [
    { name: 'container', shorthand: 'c', type: 'string' },
    { name: 'no-preserve', type: 'bool' },
    { name: 'retries', type: 'int', default: 0 },
  ],
  run: runCp,
};
