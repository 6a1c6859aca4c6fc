import type { Redirect, Word } from '../parser/ast';
import { heredocWord } from '../parser/parser';
import { FsError } from '../vfs/FsError';
import type { VirtualFs } from '../vfs/VirtualFs';
import type { Writer } from './types';

/** Standard input shared by the commands of a loop body, so each `read` takes the next line. */
export interface InputCursor {
  text: string;
  pos: number;
}

export interface Streams {
  stdin: string;
  input?: InputCursor;
  stdout: Writer;
  stderr: Writer;
  /** Whether stdout is still the terminal (not a pipe or a file). */
  stdoutIsTerminal: boolean;
}

export interface RedirectHost {
  fs: VirtualFs;
  cwd: string;
  expandTarget(redirect: Redirect): Promise<string>;
  expandHeredoc(body: Word): Promise<string>;
}

/** A redirect that could not be opened; the message is bash's (`bash: x: No such file …`). */
export class RedirectError extends Error {}

const NULL_WRITER: Writer = { write: () => {} };

/** Applies a command's redirects left to right, so `>f 2>&1` and `2>&1 >f` differ like in bash. */
export async function applyRedirects(redirects: Redirect[], base: Streams, host: RedirectHost): Promise<Streams> {
  const s = { ...base };
  for (const r of redirects) {
    if (r.op === '<<' || r.op === '<<-') {
      if (r.fd === 0) setStdin(s, await host.expandHeredoc(heredocWord(r.heredoc!)));
      continue;
    }
    const target = await host.expandTarget(r);
    switch (r.op) {
      case '<<<':
        if (r.fd === 0) setStdin(s, target + '\n');
        break;
      case '<':
        if (r.fd === 0) setStdin(s, readTarget(target, host));
        break;
      case '>&':
        setFd(s, r.fd, target === '2' ? s.stderr : s.stdout, false);
        break;
      case '&>':
      case '&>>': {
        const w = openForWrite(target, r.op === '&>>', s, host);
        s.stdout = w;
        s.stderr = w;
        s.stdoutIsTerminal = false;
        break;
      }
      case '>':
      case '>>':
        setFd(s, r.fd, openForWrite(target, r.op === '>>', s, host), false);
        break;
    }
  }
  return s;
}

function setStdin(s: Streams, text: string): void {
  s.stdin = text;
  s.input = { text, pos: 0 };
}

function setFd(s: Streams, fd: number, w: Writer, terminal: boolean): void {
  if (fd === 1) {
    s.stdout = w;
    s.stdoutIsTerminal = terminal;
  } else if (fd === 2) s.stderr = w;
}

function readTarget(target: string, host: RedirectHost): string {
  try {
    return host.fs.readFile(host.fs.resolve(host.cwd, target));
  } catch (e) {
    if (e instanceof FsError) throw new RedirectError(`bash: ${target}: ${e.message}`);
    throw e;
  }
}

function openForWrite(target: string, append: boolean, s: Streams, host: RedirectHost): Writer {
  if (target === '/dev/stdout') return s.stdout;
  if (target === '/dev/stderr') return s.stderr;
  const path = host.fs.resolve(host.cwd, target);
  if (path === '/dev/null') return NULL_WRITER;
  try {
    if (!append || !host.fs.stat(path)) host.fs.writeFile(path, '');
  } catch (e) {
    if (e instanceof FsError) throw new RedirectError(`bash: ${target}: ${e.message}`);
    throw e;
  }
  return { write: (text) => host.fs.writeFile(path, text, true) };
}
