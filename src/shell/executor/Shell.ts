import { IncompleteInputError, ShellSyntaxError } from '../parser/errors';
import { isIncomplete, parseScript } from '../parser/parser';
import { tildify } from '../vfs/paths';
import { VirtualFs, type FsSnapshot } from '../vfs/VirtualFs';
import { Environment } from './Environment';
import { ExitSignal, Executor } from './Executor';
import type { InputCursor, Streams } from './redirects';
import type { AndOr, Script } from '../parser/ast';
import type { CommandContext, CommandFn, Interrupt, ShellIo, SleepMode, Writer } from './types';
import { JobTable, type Job } from './jobs';
import { NEVER_INTERRUPTED } from './InterruptController';
import { installStandardCommands } from '../commands/index';

/** Builtins change the shell itself (cwd, variables, aliases), so they get the Shell. */
export type BuiltinFn = (ctx: CommandContext, shell: Shell, stdin: InputCursor) => Promise<number>;

export interface ShellOptions {
  /** Waits virtual seconds (instantly in headless mode); `Infinity` waits until `mode.interrupt` fires. */
  sleep: (seconds: number, mode: SleepMode) => Promise<void>;
  /** Virtual milliseconds since the Unix epoch, for `date`, `watch` and file times. */
  now: () => number;
  hostname?: string;
  user?: string;
  /** Prompt template: `\u` user, `\h` hostname, `\w` cwd with `~`, `\W` its last part, `\$` `#`/`$`. */
  prompt?: string;
  isTTY?: boolean;
  columns?: number;
  /** Stops `watch` after this many rounds when nothing interrupts it (headless hosts). */
  maxWatchRounds?: number;
  /** A terminal a person types at: `cmd &` prints `[1] PID`, ended jobs are reported (`jobNotices`). */
  interactive?: boolean;
}

export interface ShellSnapshot {
  fs: FsSnapshot;
  env: ReturnType<Environment['toJSON']>;
  cwd: string;
  history: string[];
  aliases: Record<string, string>;
}

const HOME = '/root';

/** A bash-like shell over a virtual filesystem; commands are registered by name. */
export class Shell {
  fs: VirtualFs;
  env: Environment;
  cwd = HOME;
  history: string[] = [];
  aliases = new Map<string, string>([['k', 'kubectl']]);
  lastStatus = 0;
  positional: string[] = [];
  /** Set once `exit` ran at top level; hosts decide what that means (close the tab, end a script). */
  exitRequested = false;
  readonly commands = new Map<string, CommandFn>();
  readonly builtins = new Map<string, BuiltinFn>();
  readonly now: () => number;
  readonly hostname: string;
  readonly user: string;
  readonly maxWatchRounds: number;
  promptTemplate: string;
  isTTY: boolean;
  columns: number | undefined;
  readonly interactive: boolean;
  readonly jobs = new JobTable();
  /** Set in the subshell a background job runs in. */
  readonly job?: Job;
  /** The streams of the input being run: where background jobs write while they run. */
  private terminal?: ShellIo;

  constructor(private readonly options: ShellOptions) {
    this.now = options.now;
    this.hostname = options.hostname ?? 'controlplane';
    this.user = options.user ?? 'root';
    this.promptTemplate = options.prompt ?? '$ ';
    this.isTTY = options.isTTY ?? false;
    this.columns = options.columns;
    this.maxWatchRounds = options.maxWatchRounds ?? Infinity;
    this.interactive = options.interactive ?? false;
    this.fs = new VirtualFs(options.now);
    this.env = new Environment({ HOME, PWD: HOME, USER: this.user, HOSTNAME: this.hostname, SHELL: '/bin/bash', PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', TERM: 'xterm-256color' });
    installStandardCommands(this);
  }

  register(name: string, fn: CommandFn): void {
    this.commands.set(name, fn);
  }

  registerBuiltin(name: string, fn: BuiltinFn): void {
    this.builtins.set(name, fn);
  }

  isIncomplete(text: string): boolean {
    return isIncomplete(text);
  }

  /** Runs one complete input (possibly several lines) typed by the user; records history. */
  async run(text: string, io: ShellIo): Promise<number> {
    const entry = text.replace(/\n+$/, '');
    if (entry.trim()) this.history.push(entry);
    const interrupt = io.interrupt ?? NEVER_INTERRUPTED;
    this.terminal = io;
    try {
      return await this.execute(text, this.streams(io, true), interrupt);
    } catch (e) {
      if (e instanceof ExitSignal) {
        this.exitRequested = true;
        this.lastStatus = e.code;
        return e.code;
      }
      throw e;
    }
  }

  /** Runs a line for a command (xargs, watch, source): same state, no history. */
  async runNested(text: string, io: Streams, interrupt: Interrupt): Promise<number> {
    return this.execute(text, io, interrupt);
  }

  /** Runs `$( )`: changes to cwd and variables stay inside, like bash's subshell. */
  runSubshell(text: string, io: Streams, interrupt: Interrupt): Promise<number> {
    return this.isolated(() => this.execute(text, io, interrupt));
  }

  /** Runs `( … )`: like `$( )`, nothing it changes survives. */
  runSubshellScript(script: Script, io: Streams, interrupt: Interrupt): Promise<number> {
    return this.isolated(() => new Executor(this, interrupt).runScript(script, io));
  }

  private async isolated(body: () => Promise<number>): Promise<number> {
    const saved = { cwd: this.cwd, env: this.env, aliases: new Map(this.aliases), positional: this.positional };
    this.env = this.env.clone();
    try {
      return await body();
    } catch (e) {
      if (e instanceof ExitSignal) return (this.lastStatus = e.code);
      throw e;
    } finally {
      Object.assign(this, saved);
    }
  }

  prompt(): string {
    const cwd = tildify(this.cwd, this.env.get('HOME') ?? HOME);
    return this.promptTemplate.replace(/\\([uhwW$])/g, (_, c: string) => {
      if (c === 'u') return this.user;
      if (c === 'h') return this.hostname.split('.')[0];
      if (c === 'w') return cwd;
      if (c === 'W') return cwd === '/' ? '/' : cwd.slice(cwd.lastIndexOf('/') + 1);
      return this.user === 'root' ? '#' : '$';
    });
  }

  lookup(name: string): string | undefined {
    if (name === '?') return String(this.lastStatus);
    if (name === '$') return '1';
    if (name === '!') return this.jobs.lastPid === undefined ? '' : String(this.jobs.lastPid);
    if (name === '#') return String(this.positional.length);
    if (name === '0') return 'bash';
    if (name === '@' || name === '*') return this.positional.join(' ');
    if (/^[1-9]$/.test(name)) return this.positional[Number(name) - 1];
    return this.env.get(name);
  }

  /** Changes directory and keeps PWD/OLDPWD in step, like `cd`. */
  chdir(abs: string): void {
    this.env.set('OLDPWD', this.cwd, true);
    this.cwd = abs;
    this.env.set('PWD', abs, true);
  }

  interruptibleSleep(seconds: number, interrupt: Interrupt): Promise<void> {
    if (interrupt.aborted) return Promise.resolve();
    const job = this.job;
    const mode: SleepMode = {
      get background() {
        return !!job && !job.foreground;
      },
      interrupt,
    };
    return new Promise((resolve) => {
      const off = interrupt.onAbort(resolve);
      void this.options.sleep(seconds, mode).then(() => {
        off();
        resolve();
      });
    });
  }

  /**
   * `item &`: runs it as a job in a subshell (its own variables and cwd; the same files). Its
   * output goes wherever the terminal is when it writes, unless redirected elsewhere.
   */
  startJob(item: AndOr, io: Streams): Job {
    const stdout = this.followTerminal(io.stdout, 'stdout');
    const stderr = this.followTerminal(io.stderr, 'stderr');
    const streams: Streams = { stdin: '', stdout, stderr, stdoutIsTerminal: io.stdoutIsTerminal };
    const job = this.jobs.start(
      item.source ?? '',
      this.cwd,
      async (job) => {
        const sub = this.fork(job);
        try {
          return await new Executor(sub, job.interrupt).runScript({ items: [{ ...item, background: false }] }, streams);
        } catch (e) {
          if (e instanceof ExitSignal) return e.code;
          throw e;
        }
      },
      { keepFinished: this.interactive },
    );
    if (this.interactive) io.stderr.write(`[${job.id}] ${job.pid}\n`);
    return job;
  }

  /** What an interactive shell prints before the next prompt about jobs that ended (then forgets them). */
  jobNotices(): string {
    return this.interactive ? this.jobs.notices(this.here()) : '';
  }

  here(): { cwd: string; home: string } {
    return { cwd: this.cwd, home: this.env.get('HOME') ?? HOME };
  }

  private followTerminal(w: Writer, which: 'stdout' | 'stderr'): Writer {
    const terminal = this.terminal;
    if (!terminal || w !== terminal[which]) return w;
    return { write: (s) => (this.terminal ?? terminal)[which].write(s) };
  }

  private fork(job: Job): Shell {
    const sub = Object.create(this) as Shell;
    Object.assign(sub, { env: this.env.clone(), cwd: this.cwd, aliases: new Map(this.aliases), positional: [...this.positional], lastStatus: this.lastStatus, job, interactive: false });
    return sub;
  }

  serialize(): ShellSnapshot {
    return {
      fs: this.fs.snapshot(),
      env: this.env.toJSON(),
      cwd: this.cwd,
      history: [...this.history],
      aliases: Object.fromEntries(this.aliases),
    };
  }

  restore(snapshot: ShellSnapshot): void {
    this.fs = new VirtualFs(this.now, snapshot.fs);
    this.env = Environment.fromJSON(snapshot.env);
    this.cwd = snapshot.cwd;
    this.history = [...snapshot.history];
    this.aliases = new Map(Object.entries(snapshot.aliases));
  }

  private async execute(text: string, io: Streams, interrupt: Interrupt): Promise<number> {
    let script;
    try {
      script = parseScript(text);
    } catch (e) {
      if (!(e instanceof IncompleteInputError) && !(e instanceof ShellSyntaxError)) throw e;
      if (e instanceof IncompleteInputError && e.heredocDelimiter !== undefined) {
        const line = text.slice(0, text.lastIndexOf('<<')).split('\n').length;
        io.stderr.write(`bash: warning: here-document at line ${line} delimited by end-of-file (wanted \`${e.heredocDelimiter}')\n`);
        return this.execute(`${text.replace(/\n?$/, '\n')}${e.heredocDelimiter}\n`, io, interrupt);
      }
      io.stderr.write(`bash: ${e.message}\n`);
      if (e instanceof IncompleteInputError && !e.message.startsWith('syntax error')) {
        io.stderr.write('bash: syntax error: unexpected end of file\n');
      }
      return (this.lastStatus = 2);
    }
    return new Executor(this, interrupt).runScript(script, io);
  }

  private streams(io: ShellIo, terminal: boolean): Streams {
    return { stdin: io.stdin ?? '', stdout: io.stdout, stderr: io.stderr, stdoutIsTerminal: terminal };
  }
}
