import type { VirtualFs } from '../vfs/VirtualFs';
import type { Environment } from './Environment';

export interface Writer {
  write(s: string): void;
}

/** Ctrl-C, as the shell sees it; the host owns the trigger (see InterruptController). */
export interface Interrupt {
  readonly aborted: boolean;
  /** Calls `fn` once when the interrupt fires; returns a function that unsubscribes. */
  onAbort(fn: () => void): () => void;
}

/**
 * How a wait relates to the terminal, for the host's clock: a background job's waits must not
 * move a headless clock by themselves (the foreground's waits and settling do), and a headless
 * host ends only foreground streaming commands. Read `background` when deciding: `fg` and
 * `wait` change it while a job runs.
 */
export interface SleepMode {
  readonly background: boolean;
  /** Fires when the wait is cut short (Ctrl-C, a signal, the job `wait` waited for ended). */
  readonly interrupt: Interrupt;
}

/** What a command may ask of the shell running it. */
export interface ShellHandle {
  /** Runs a command line in the same shell (xargs, watch); not recorded in history. */
  run(line: string, io?: Partial<ShellIo>): Promise<number>;
  /** Whether a registered command (not an alias or builtin) has this name, for xargs. */
  exists(name: string): boolean;
  /** How many rounds `watch` may run when nothing interrupts it (Infinity in a terminal). */
  readonly maxWatchRounds: number;
}

export interface CommandContext {
  argv: string[];
  stdin: string;
  stdout: Writer;
  stderr: Writer;
  env: Environment;
  fs: VirtualFs;
  cwd: string;
  /** Waits `seconds` of virtual time; resolves early when interrupted. */
  sleep(seconds: number): Promise<void>;
  interrupt: Interrupt;
  /** Virtual milliseconds since the Unix epoch. */
  now(): number;
  hostname: string;
  columns?: number;
  isTTY: boolean;
  shell: ShellHandle;
}

export type CommandFn = (ctx: CommandContext) => Promise<number>;

export interface ShellIo {
  stdout: Writer;
  stderr: Writer;
  interrupt: Interrupt;
  stdin?: string;
}
