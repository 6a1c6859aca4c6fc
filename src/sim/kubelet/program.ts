/**
 * A pure interpreter for what a container does. `startProgram` builds the process state,
 * `advance` runs it up to a virtual time and returns the log lines it wrote, `nextWakeTime`
 * says when it next needs attention. States are never mutated: each call returns a new one.
 */
import { builtins, notFound, type BuiltinIO, type BuiltinResult } from './builtins';
import { compileScript } from './compileShell';
import { expandJoined, expandWord, type ExpandContext } from './expandWord';
import { fillTemplate } from './logTemplates';
import type { Instruction, NetToolResult, Program, ProgramNet, ServeSpec, SimpleCommand, Stream } from './programTypes';
import { serverProgram, type ServerContext } from './serverPrograms';

export interface LogLine {
  time: number;
  stream: Stream;
  text: string;
  /** Written without a trailing newline (`wget -qO-` of `OK!`): exec output joins it to what follows. */
  partial?: boolean;
}

interface Frame {
  code: Instruction[];
  pc: number;
  loops: Record<number, { items: string[]; index: number }>;
}

export interface ProgramState {
  program: Program;
  frames: Frame[];
  now: number;
  startedAt: number;
  /** When the program next runs; BLOCKED while it waits for a signal. */
  wakeAt: number;
  vars: Record<string, string>;
  /** Bash arrays, replaced whole on assignment (never mutated in place). */
  arrays?: Record<string, string[]>;
  exported: string[];
  fs: Record<string, string>;
  status: number;
  hostname: string;
  podIP: string;
  /** The image's own executables (name or path → server program id) and its version. */
  imagePrograms: Record<string, string>;
  version: string;
  serving?: ServeSpec;
  /** Requests the server answered, for servers that log a running count. */
  served?: number;
  extraMemoryBytes: number;
  extraCpuMilli: number;
  /** When memory was last allocated, so an OOM kill lands at the right instant. */
  allocatedAt?: number;
  termTrap?: string;
  termAt?: number;
  pendingExit?: { at: number; code: number; lines: { stream: Stream; text: string }[] };
  exited?: { code: number; at: number };
  /**
   * What `kubectl exec -i` sent and no command has read yet: the first command that reads its
   * standard input (`cat`, `tar xf -`) takes it all, as it would drain the stream.
   */
  stdin?: string;
}

export interface StartOptions {
  program: Program;
  /** Environment in the order the runtime sets it (image ENV, then the container's). */
  env: [string, string][];
  fs: Record<string, string>;
  now: number;
  hostname: string;
  podIP: string;
  imagePrograms?: Record<string, string>;
  version?: string;
}

export interface AdvanceResult {
  state: ProgramState;
  logLines: LogLine[];
  exited?: { code: number; at: number };
}

/** Far future, JSON-safe (unlike Infinity) so states survive snapshots. */
export const BLOCKED = Number.MAX_SAFE_INTEGER;

/** Instructions run at one instant before a busy loop is made to yield, like a CPU-bound shell. */
const SPIN_LIMIT = 1000;
const SPIN_YIELD_MS = 100;

export function startProgram(opts: StartOptions): ProgramState {
  return {
    program: opts.program,
    frames: [{ code: opts.program.instructions, pc: 0, loops: {} }],
    now: opts.now,
    startedAt: opts.now,
    wakeAt: opts.now,
    vars: Object.fromEntries(opts.env),
    exported: opts.env.map(([k]) => k),
    fs: { ...opts.fs },
    status: 0,
    hostname: opts.hostname,
    podIP: opts.podIP,
    imagePrograms: opts.imagePrograms ?? {},
    version: opts.version ?? '',
    extraMemoryBytes: 0,
    extraCpuMilli: 0,
  };
}

export function nextWakeTime(state: ProgramState): number | undefined {
  if (state.exited) return undefined;
  const t = Math.min(state.wakeAt, state.pendingExit?.at ?? BLOCKED);
  return t < BLOCKED ? t : undefined;
}

/** Delivers SIGTERM at `at`; what happens depends on the program's handler (see TermBehaviour). */
export function signalTerm(state: ProgramState, at: number): ProgramState {
  if (state.exited || state.termAt !== undefined) return state;
  const s = { ...state, termAt: at };
  if (state.termTrap !== undefined) {
    // A trap runs once the foreground command returns; a blocked `wait` returns at once.
    if (state.wakeAt >= BLOCKED) s.wakeAt = at;
    return s;
  }
  const onTerm = state.program.onTerm;
  if (onTerm.kind === 'exit') s.pendingExit = { at: at + onTerm.afterMs, code: onTerm.code, lines: onTerm.lines ?? [] };
  else if (onTerm.kind === 'die') s.pendingExit = { at, code: 143, lines: [] };
  return s;
}

export function advance(input: ProgramState, toTime: number, net?: ProgramNet): AdvanceResult {
  const st: ProgramState = {
    ...input,
    frames: input.frames.map((f) => ({ ...f, loops: { ...f.loops } })),
    vars: { ...input.vars },
    arrays: { ...input.arrays },
    exported: [...input.exported],
    fs: { ...input.fs },
  };
  const out: LogLine[] = [];
  let spins = 0;
  while (!st.exited) {
    const exitAt = st.pendingExit?.at ?? BLOCKED;
    if (exitAt <= toTime && exitAt <= st.wakeAt) {
      st.now = exitAt;
      for (const l of st.pendingExit!.lines) out.push({ time: exitAt, stream: l.stream, text: fill(st, l.text) });
      st.exited = { code: st.pendingExit!.code, at: exitAt };
      break;
    }
    if (st.wakeAt > toTime) break;
    if (st.wakeAt > st.now) {
      st.now = st.wakeAt;
      spins = 0;
    }
    if (st.termTrap !== undefined && st.termAt !== undefined && st.termAt <= st.now) runTrap(st);
    if (++spins > SPIN_LIMIT) {
      st.wakeAt = st.now + SPIN_YIELD_MS;
      st.extraCpuMilli = Math.max(st.extraCpuMilli, 1000);
      continue;
    }
    step(st, out, net);
  }
  if (st.now < toTime && !st.exited) st.now = toTime;
  return { state: st, logLines: out, exited: st.exited };
}

function runTrap(st: ProgramState): void {
  const compiled = compileScript(st.termTrap ?? '', st.program.shell);
  st.termTrap = undefined;
  st.frames = [{ code: compiled.ok ? compiled.instructions : [], pc: 0, loops: {} }];
  st.wakeAt = st.now;
}

function fill(st: ProgramState, text: string): string {
  return fillTemplate(text, { now: st.now, hostname: st.hostname, podIP: st.podIP, env: st.vars });
}

function emit(out: LogLine[], time: number, stream: Stream, text: string | undefined): void {
  if (!text) return;
  const parts = text.split('\n');
  const partial = parts.pop();
  for (const p of parts) out.push({ time, stream, text: p });
  if (partial) out.push({ time, stream, text: partial, partial: true });
}

function lineText(l: LogLine): string {
  return l.partial ? l.text : `${l.text}\n`;
}

function finish(st: ProgramState, code: number): void {
  st.exited = { code, at: st.now };
  st.frames = [];
}

function step(st: ProgramState, out: LogLine[], net: ProgramNet | undefined): void {
  const frame = st.frames[st.frames.length - 1];
  if (!frame) return finish(st, st.status);
  const ins = frame.code[frame.pc++];
  if (!ins) {
    st.frames.pop();
    if (st.frames.length === 0) finish(st, st.status);
    return;
  }
  switch (ins.op) {
    case 'print':
      return emit(out, st.now, ins.stream, `${fill(st, ins.text)}\n`);
    case 'delay':
      st.wakeAt = st.now + ins.ms;
      return;
    case 'block':
      st.wakeAt = BLOCKED;
      return;
    case 'jump':
      frame.pc = ins.to;
      return;
    case 'jumpIf':
      if ((st.status === 0) === (ins.when === 'success')) frame.pc = ins.to;
      return;
    case 'forInit':
      frame.loops[ins.loop] = { items: ins.words.flatMap((w) => expandWord(w, expandContext(st, net))), index: 0 };
      return;
    case 'forNext': {
      const loop = frame.loops[ins.loop];
      if (!loop || loop.index >= loop.items.length) {
        frame.pc = ins.exitTo;
        return;
      }
      st.vars[ins.name] = loop.items[loop.index];
      frame.loops[ins.loop] = { ...loop, index: loop.index + 1 };
      return;
    }
    case 'exit':
      return finish(st, ins.code ?? st.status);
    case 'serve':
      st.serving = ins.server;
      st.wakeAt = BLOCKED;
      return;
    case 'allocate':
      st.extraMemoryBytes += ins.bytes;
      st.allocatedAt = st.now;
      st.extraCpuMilli = Math.max(st.extraCpuMilli, ins.cpuMilli);
      return;
    case 'trap':
      return;
    case 'run':
      return runInstruction(st, ins.pipeline, ins.background, ins.negate ?? false, out, net);
  }
}

function expandContext(st: ProgramState, net: ProgramNet | undefined): ExpandContext {
  return { vars: st.vars, arrays: st.arrays, status: st.status, substitute: (source) => substitute(st, source, net) };
}

/** Runs instructions to completion at the current instant (sleeps inside do not advance time). */
function runNow(st: ProgramState, code: Instruction[], net: ProgramNet | undefined): { lines: LogLine[]; status: number; state: ProgramState } {
  const sub: ProgramState = { ...st, frames: [{ code, pc: 0, loops: {} }], exited: undefined, pendingExit: undefined };
  const lines: LogLine[] = [];
  for (let i = 0; i < SPIN_LIMIT && !sub.exited; i++) {
    sub.wakeAt = st.now;
    step(sub, lines, net);
  }
  return { lines, status: sub.exited?.code ?? sub.status, state: sub };
}

/** `$( )`: the command's standard output. */
function substitute(st: ProgramState, source: string, net: ProgramNet | undefined): string {
  const compiled = compileScript(source, st.program.shell);
  if (!compiled.ok) return '';
  return runNow(st, compiled.instructions, net)
    .lines.filter((l) => l.stream === 'stdout')
    .map(lineText)
    .join('');
}

function runInstruction(st: ProgramState, pipeline: SimpleCommand[], background: boolean, negate: boolean, out: LogLine[], net: ProgramNet | undefined): void {
  if (background) return;
  if (pipeline.length === 1) {
    const argv = pipeline[0].words.flatMap((w) => expandWord(w, expandContext(st, net)));
    if (argv[0] === 'exec') argv.shift();
    if (argv[0] === 'trap') {
      if (argv.includes('TERM') || argv.includes('SIGTERM') || argv.includes('15')) st.termTrap = argv[1] ?? '';
      st.status = 0;
      return;
    }
    const server = argv.length ? lookupImageProgram(st, argv) : undefined;
    if (server) {
      st.frames.push({ code: server.instructions, pc: 0, loops: {} });
      st.program = { ...st.program, onTerm: server.onTerm, idle: server.idle };
      return;
    }
  }
  // The first stage reads the shell's own standard input; the others their pipe.
  let stdin: string | undefined;
  let result: BuiltinResult = { status: 0 };
  // Stages run side by side: the pipeline takes as long as its slowest (a slow wget piped into grep).
  let slowest = 0;
  for (const [i, cmd] of pipeline.entries()) {
    result = runSimple(st, cmd, stdin, out, i === pipeline.length - 1, net);
    stdin = result.stdout ?? '';
    slowest = Math.max(slowest, result.sleepMs ?? 0);
  }
  if (slowest > 0) result = { ...result, sleepMs: slowest };
  st.status = negate ? (result.status === 0 ? 1 : 0) : result.status;
  if (result.exit !== undefined) return finish(st, result.exit < 0 ? st.status : result.exit);
  if (result.sleepMs !== undefined) st.wakeAt = st.now + result.sleepMs;
  if (result.block) st.wakeAt = st.termTrap !== undefined && st.termAt !== undefined ? st.now : BLOCKED;
}

function runSimple(st: ProgramState, cmd: SimpleCommand, stdin: string | undefined, out: LogLine[], last: boolean, net: ProgramNet | undefined): BuiltinResult {
  const ctx = expandContext(st, net);
  const argv = cmd.words.flatMap((w) => expandWord(w, ctx));
  if (argv.length === 0) {
    for (const a of cmd.assignments) assign(st, a, ctx);
    return { status: 0 };
  }
  const name = argv[0].replace(/^\/(usr\/)?(s?bin)\//, '');
  const exported = new Set(st.exported);
  const builtin = Object.hasOwn(builtins, name) ? builtins[name] : undefined;
  const tool = builtin ? undefined : net?.(name, argv.slice(1));
  const result = tool
    ? toolResult(st, tool)
    : builtin
      ? builtin(argv.slice(1), builtinIO(st, stdin, exported))
      : notFound(argv[0], st.program.shell);
  st.exported = [...exported];
  return route(st, cmd, result, out, last, net);
}

/** Read lazily: only a command that reads its standard input consumes the shell's. */
function builtinIO(st: ProgramState, piped: string | undefined, exported: Set<string>): BuiltinIO {
  const io: BuiltinIO = { stdin: piped ?? '', now: st.now, hostname: st.hostname, vars: st.vars, exported, fs: st.fs, flavour: st.program.shell };
  if (piped !== undefined || !st.stdin) return io;
  let taken: string | undefined;
  return Object.defineProperty(io, 'stdin', {
    get: () => {
      if (taken === undefined) [taken, st.stdin] = [st.stdin ?? '', ''];
      return taken;
    },
  });
}

/** `name=value`, or bash's `name=(a b c)`; a scalar assigned to an array name sets element 0. */
function assign(st: ProgramState, a: SimpleCommand['assignments'][number], ctx: ExpandContext): void {
  const arrays = (st.arrays ??= {});
  if (a.elements) {
    arrays[a.name] = a.elements.flatMap((w) => expandWord(w, ctx));
    delete st.vars[a.name];
    return;
  }
  const value = expandJoined(a.value, ctx);
  if (arrays[a.name]) arrays[a.name] = [value, ...arrays[a.name].slice(1)];
  else st.vars[a.name] = value;
}

/** A network tool's run as a command's result: files land in the container, its duration is slept. */
function toolResult(st: ProgramState, r: NetToolResult): BuiltinResult {
  Object.assign(st.fs, r.files ?? {});
  return { status: r.exitCode, stdout: r.stdout, stderr: r.stderr, ...(r.elapsedMs > 0 ? { sleepMs: r.elapsedMs } : {}) };
}

/** Applies redirects: output goes to files, to the other stream, or to the container log. */
function route(st: ProgramState, cmd: SimpleCommand, result: BuiltinResult, out: LogLine[], last: boolean, net: ProgramNet | undefined): BuiltinResult {
  let stdout = result.stdout ?? '';
  let stderr = result.stderr ?? '';
  for (const r of cmd.redirects) {
    const target = expandJoined(r.target, expandContext(st, net));
    const text = r.fd === 1 ? stdout : stderr;
    if (r.mode === '>&') {
      if (target === '2' && r.fd === 1) [stdout, stderr] = ['', stderr + stdout];
      if (target === '1' && r.fd === 2) [stdout, stderr] = [stdout + stderr, ''];
      continue;
    }
    if (target !== '/dev/null') st.fs[target] = r.mode === '>>' ? (st.fs[target] ?? '') + text : text;
    if (r.fd === 1) stdout = '';
    else stderr = '';
  }
  emit(out, st.now, 'stderr', stderr);
  if (last) emit(out, st.now, 'stdout', stdout);
  return { ...result, stdout: last ? '' : stdout };
}

function lookupImageProgram(st: ProgramState, argv: string[]): Program | undefined {
  const id = st.imagePrograms[argv[0]] ?? st.imagePrograms[argv[0].replace(/^.*\//, '')];
  if (!id) return undefined;
  const ctx: ServerContext = { argv, env: st.vars, version: st.version, fs: st.fs };
  return serverProgram(id, ctx, st.program.shell);
}

const shells = new Set(['sh', 'ash', 'bash']);

/** What a shell runs: `-c`'s argument, or its standard input (`sh`, `sh -s`, `sh < script.sh`). */
function shellScript(argv: string[], stdin: string | undefined): string | undefined {
  if (!shells.has((argv[0] ?? '').replace(/^.*\//, ''))) return undefined;
  if (argv[1] === '-c') return argv[2] ?? '';
  return argv.length === 1 || argv[1] === '-s' || argv[1] === '-' ? (stdin ?? '') : undefined;
}

/**
 * Runs a command inside the container at `at` (exec probes, `kubectl exec`): no time passes,
 * files it writes persist. `stdin` is what `kubectl exec -i` forwards.
 */
export function execInProgram(state: ProgramState, argv: string[], at: number, net?: ProgramNet, stdin?: string): { state: ProgramState; exitCode: number; stdout: string; stderr: string } {
  const st: ProgramState = { ...state, vars: { ...state.vars }, fs: { ...state.fs }, now: at, stdin };
  const script = shellScript(argv, stdin);
  let code: Instruction[];
  if (script !== undefined) {
    // A script read from standard input leaves nothing there for its commands.
    if (argv[1] !== '-c') st.stdin = undefined;
    const compiled = script.trim() ? compileScript(script, st.program.shell) : { ok: true as const, instructions: [] };
    code = compiled.ok ? compiled.instructions : [{ op: 'print', stream: 'stderr', text: compiled.error }, { op: 'exit', code: 2 }];
  } else {
    const words = argv.map((a) => ({ parts: [{ kind: 'lit' as const, text: a, quoted: true }] }));
    code = [{ op: 'run', pipeline: [{ assignments: [], words, redirects: [] }], background: false }];
  }
  const r = runNow(st, code, net);
  const join = (s: Stream) => r.lines.filter((l) => l.stream === s).map(lineText).join('');
  return { state: { ...state, fs: r.state.fs }, exitCode: r.status, stdout: join('stdout'), stderr: join('stderr') };
}
