/**
 * The data a container program is made of. Programs are plain data (no closures) so a pod's
 * runtime record can be snapshotted and restored like any other part of the cluster.
 */

export type Stream = 'stdout' | 'stderr';

/** One piece of a shell word; `quoted` parts are not field-split after expansion. */
export type WordPart =
  | { kind: 'lit'; text: string; quoted: boolean }
  /**
   * `$X`, `${X:-y}`, `${#X}`; bash arrays: `${X[i]}` (index: arithmetic text, or `@`/`*` for
   * every element) and `${#X[@]}`. `length` asks for the value's length (or the element count).
   */
  | { kind: 'var'; name: string; fallback?: Word; quoted: boolean; index?: string; length?: boolean }
  /** `$( )`: the source is parsed again when the word is expanded. */
  | { kind: 'cmd'; source: string; quoted: boolean }
  | { kind: 'arith'; expr: string; quoted: boolean };

export interface Word {
  parts: WordPart[];
}

export interface Redirect {
  /** 1 for stdout, 2 for stderr. */
  fd: 1 | 2;
  /** `>` truncates, `>>` appends, `>&` duplicates onto another descriptor. */
  mode: '>' | '>>' | '>&';
  target: Word;
}

export interface SimpleCommand {
  /** `elements` is a bash array assignment, `name=(a b c)`. */
  assignments: { name: string; value: Word; elements?: Word[] }[];
  words: Word[];
  redirects: Redirect[];
}

/** What a long-running server answers; see httpResponses.ts. */
export type HttpBehaviour =
  | { kind: 'static'; status?: number; contentType: string; body: string }
  | { kind: 'echoserver' }
  | { kind: 'agnhost-netexec' }
  | { kind: 'liveness'; healthyForSeconds: number }
  | { kind: 'hostname' }
  /** A web server serving files from its document root (what a mounted volume puts there). */
  | { kind: 'files'; root: string; server: string }
  | { kind: 'none' };

export interface ServeSpec {
  ports: number[];
  http: HttpBehaviour;
  /** Port that speaks HTTP; other ports accept TCP connections only. */
  httpPort?: number;
  /** Which access log line the server writes per request (`bootcamp`: server.js's console.log, which counts them). */
  accessLog?: 'nginx' | 'httpd' | 'golog' | 'bootcamp';
}

export type Instruction =
  /** A line from a program template: `{{date:FORMAT}}`, `{{hostname}}`, `{{podIP}}`, `{{env:NAME}}`. */
  | { op: 'print'; stream: Stream; text: string }
  /** A pipeline of simple commands run by the shell (one element: no pipe). */
  | { op: 'run'; pipeline: SimpleCommand[]; background: boolean; negate?: boolean }
  | { op: 'delay'; ms: number }
  /** Waits for a signal: an interactive shell reading a stdin that stays open. */
  | { op: 'block' }
  | { op: 'jump'; to: number }
  | { op: 'jumpIf'; to: number; when: 'success' | 'failure' }
  | { op: 'forInit'; loop: number; words: Word[] }
  | { op: 'forNext'; loop: number; name: string; exitTo: number }
  | { op: 'exit'; code?: number }
  | { op: 'serve'; server: ServeSpec }
  | { op: 'allocate'; bytes: number; cpuMilli: number }
  | { op: 'trap'; action: Instruction[] | 'ignore' | 'default'; signal: 'TERM' | 'INT' | 'EXIT' };

/** How the process reacts to SIGTERM from the kubelet. */
export type TermBehaviour =
  /** PID 1 without a handler: the signal is ignored and the kubelet's SIGKILL ends it (137). */
  | { kind: 'ignore' }
  /** A handler that shuts down, printing some lines, then exits with `code`. */
  | { kind: 'exit'; afterMs: number; code: number; lines?: { stream: Stream; text: string }[] }
  /** The default action: the process dies of the signal (143). */
  | { kind: 'die' };

export interface Program {
  instructions: Instruction[];
  onTerm: TermBehaviour;
  /** Which `sh` prints error messages, so "not found" reads like the image's shell. */
  shell: ShellFlavour;
  /** Resident memory and CPU when idle, before any `allocate`. */
  idle: { memoryBytes: number; cpuMilli: number };
}

export type ShellFlavour = 'busybox' | 'dash' | 'bash' | 'none';

/** What a network tool (`wget`, `curl`, `nslookup`) did: its output and the virtual time it took. */
export interface NetToolResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  elapsedMs: number;
  /** Files it wrote (`wget -O file`, `curl -o file`). */
  files?: Record<string, string>;
}

/**
 * The agent's port to the cluster network for one container: runs `tool` when the image ships
 * it, undefined otherwise (the shell then reports it not found). Not part of the program's
 * state, which stays JSON-safe: it is passed to each `advance`/`execInProgram` call.
 */
export type ProgramNet = (tool: string, args: string[]) => NetToolResult | undefined;
