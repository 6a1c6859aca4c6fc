/**
 * `kubectl cp <file-spec-src> <file-spec-dest> [-c CONTAINER]`: copies files and directories
 * between the learner's filesystem and a container (`[namespace/]pod:path` names the container
 * side). Like kubectl: a download writes the remote file at the local path (a directory's
 * contents into the local directory), an upload into an existing remote directory keeps the
 * source's name, and what the container's tar prints (to stdout) comes through.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { PODS } from '../shared/builtins';
import { chooseContainer } from '../logs/logsPod';
import { ContainerFiles, tarMessages } from './containerFiles';
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

const join = (dir: string, name: string) => (name ? `${dir.replace(/\/$/, '')}/${name}` : dir);
const base = (path: string) => path.replace(/\/+$/, '').split('/').pop() ?? path;

function openContainer(inv: Invocation, spec: FileSpec): ContainerFiles {
  const pod = inv.ctx.client.get<Pod>(PODS, spec.pod!, { namespace: spec.namespace ?? inv.namespace }) as Stored<Pod>;
  const choice = chooseContainer(pod, inv.flags.string('container'));
  if (choice.notice) inv.ctx.stderr.write(`${choice.notice}\n`);
  return new ContainerFiles(inv.ctx.client, pod, choice.name);
}

function copyFromPod(inv: Invocation, src: FileSpec, dest: string): number {
  const files = openContainer(inv, src);
  const kind = files.kind(src.file, ['cf', '-', src.file]);
  const tarNotes = (text: string) => inv.ctx.stdout.write(text);
  const absolute = src.file.startsWith('/');
  if (kind === 'missing') {
    if (absolute && files.flavour === 'gnu') tarNotes(tarMessages.removingLeadingSlash(files.flavour));
    tarNotes(tarMessages.missing(files.flavour, src.file));
    const code = tarMessages.missingStatus(files.flavour);
    throw new KubectlError(messages.execExitCode(code), { raw: true, exitCode: code });
  }
  if (absolute) tarNotes(tarMessages.removingLeadingSlash(files.flavour));
  const write = inv.ctx.writeFile!;
  if (kind === 'file') {
    if (inv.ctx.listDir?.(dest)) throw new KubectlError(cpMessages.isDirectory(dest));
    write(dest, files.read(src.file));
    return 0;
  }
  for (const rel of files.walk(src.file)) write(join(dest, rel), files.read(join(src.file, rel)));
  return 0;
}

/** Every local file under `path` (relative to it), or [''] when `path` is a file itself. */
function localFiles(inv: Invocation, path: string): string[] | undefined {
  const entries = inv.ctx.listDir?.(path);
  if (entries === undefined) return inv.ctx.readFile(path) === undefined ? undefined : [''];
  return entries.flatMap((name) => (localFiles(inv, join(path, name)) ?? []).map((rel) => (rel ? `${name}/${rel}` : name)));
}

function copyToPod(inv: Invocation, src: string, dest: FileSpec): number {
  const sources = localFiles(inv, src);
  if (!sources) throw new KubectlError(cpMessages.missingLocal(src));
  const files = openContainer(inv, dest);
  let target = dest.file;
  const targetDir = target.includes('/') ? target.slice(0, target.lastIndexOf('/')) || '/' : '.';
  // An existing directory receives the source under its own name (checkDestinationIsDir).
  if (files.kind(target, ['-xmf', '-', '-C', targetDir]) === 'dir') target = join(target, base(src));
  for (const rel of sources) files.write(join(target, rel), inv.ctx.readFile(join(src, rel)) ?? '');
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
