/**
 * One playground session: a cluster, the shell with kubectl registered, and the kubeconfig they
 * share. Hosts differ only in how virtual time passes while a command waits: `instant` (headless
 * shell, tests: the clock jumps) or `realtime` (the browser: a driver advances the clock with the
 * wall clock × speed and resolves sleeps as it goes).
 */
import { runKubectl, type KubectlContext } from '../../kubectl/kubectl';
import type { KubeconfigState } from '../../kubectl/context';
import { InstantClock, InterruptController, NEVER_INTERRUPTED, Shell } from '../../shell';
import type { CommandContext, Interrupt, SleepMode } from '../../shell';
import { apiServerPort, metricsDiscovery, createCluster, PROFILES, DEFAULT_PROFILE, DEFAULT_START_MS, type RunningCluster } from '../../sim';
import { registerClusterTools } from './tools/registerClusterTools';
import { registerNetCommands } from './netCommands/netCommands';
import { registerEditorCommands, type EditorPort } from './editorBridge';
import { ContainerSession, type ShellSpec } from './containerSession';
import type { TerminalSession } from './tools/toolHost';
import { unreachableClient } from './unreachableClient';
import { hostListeners } from './hostListeners';
import { fetchUrl } from './fetchUrl';
import { yieldToMacrotasks } from './workspace/macrotask';
import { Journal, type ApiVerb } from './workspace/journal';

export type TimeMode = 'instant' | 'realtime';

export interface SimHostOptions {
  seed?: number;
  profile?: string;
  timeMode?: TimeMode;
  /** Run the cluster until quiet after each command (instant mode; DESIGN.md §5). */
  settle?: boolean;
  /** Wall-clock start for the virtual clock (the browser uses the real time; tests a fixed one). */
  startTimeMs?: number;
}

export interface ExecResult {
  command: string;
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Virtual seconds since the session started. */
  clock: number;
}

export interface OutputSink {
  stdout(s: string): void;
  stderr(s: string): void;
}

/** The longest a command waits for the cluster to settle afterwards, in virtual seconds. */
export const SETTLE_LIMIT_S = 120;

/**
 * Headless, a command's own deadline (`--timeout`) is waited for up to this far ahead, in virtual
 * seconds; a later one (`kubectl wait --timeout=-1s`: a week) ends at quiet like a deadline-less wait.
 */
export const DEADLINE_LIMIT_S = 3600;

export class SimHost {
  readonly cluster: RunningCluster;
  /** False while `minikube stop` / `microk8s stop` has the cluster powered off (see tools/README.md). */
  apiReachable = true;
  readonly shell: Shell;
  readonly kubeconfig: KubeconfigState;
  readonly timeMode: TimeMode;
  private readonly startMs: number;
  private readonly settleAfter: boolean;
  private sleeper: (seconds: number) => Promise<void>;
  /** Headless time (and a lesson's replay in the browser): background jobs wait on it. */
  private readonly instant: InstantClock;
  private current?: InterruptController;
  private commandStart = 0;
  /** True while `execSettled` runs: the clock jumps even in realtime mode. */
  private replaying = false;
  /** Deadlines kubectl commands declared (`waitUntil`), by the interrupt of the command running them. */
  private readonly deadlines = new WeakMap<Interrupt, number>();
  /** Open container shells (`kubectl exec -it`), innermost last: they receive the input. */
  private readonly sessions: TerminalSession[] = [];
  /** The host's local ports that `kubectl port-forward` and `kubectl proxy` listen on. */
  private readonly listeners = hostListeners(() => this.cluster.network);
  /** The page's editor (browser); commands use it only while attached, `vi`/`nano` explain otherwise. */
  editor?: EditorPort;
  private editorAttached = false;
  /** Where `kubectl -f https://…` downloads come from (replay answers from the journal instead). */
  fetchUrl = fetchUrl;
  /** Every input from outside, for saving the session as a workspace (workspace/journal.ts). */
  readonly journal: Journal;
  /** How the session started: with the journal, all a replay needs. */
  readonly origin: { profile: string; seed: number; startTimeMs: number; timeMode: TimeMode; settle: boolean };
  /** Set by a realtime driver: wakes the sleeps that a jump of the clock outside it made due. */
  onClockJump?: () => void;

  constructor(opts: SimHostOptions = {}) {
    const profileName = opts.profile ?? DEFAULT_PROFILE;
    const profile = PROFILES[profileName];
    if (!profile) throw new Error(`unknown profile "${profileName}" (known: ${Object.keys(PROFILES).join(', ')})`);
    this.timeMode = opts.timeMode ?? 'instant';
    this.settleAfter = opts.settle ?? this.timeMode === 'instant';
    this.origin = { profile: profileName, seed: opts.seed ?? 1, startTimeMs: opts.startTimeMs ?? DEFAULT_START_MS, timeMode: this.timeMode, settle: this.settleAfter };
    this.cluster = createCluster({ seed: this.origin.seed, profile: profileName, startTimeMs: this.origin.startTimeMs });
    this.startMs = this.cluster.now();
    this.journal = new Journal(() => this.cluster.now());
    this.instant = new InstantClock({
      now: () => this.cluster.now(),
      advanceTo: (ms) => this.cluster.advanceTo(ms),
      yieldTurn: yieldToMacrotasks,
      autoInterrupt: () => this.autoInterrupt(),
      jobsRunning: () => this.shell.jobs.list().some((j) => j.running),
    });
    this.sleeper = (seconds) => {
      if (!this.autoInterrupt()) this.cluster.advance(seconds);
      return Promise.resolve();
    };
    this.kubeconfig = {
      currentContext: profile.contextName,
      contexts: [{ name: profile.contextName, cluster: profile.clusterName, user: profile.name === 'minikube' ? 'minikube' : 'kubernetes-admin', namespace: undefined }],
    };
    this.shell = new Shell({
      sleep: (s, mode) => this.sleep(s, mode),
      interactive: this.timeMode === 'realtime',
      now: () => this.cluster.now(),
      hostname: profile.nodes[0].name,
      prompt: '$ ',
      maxWatchRounds: this.timeMode === 'instant' ? 3 : undefined,
    });
    this.shell.register('kubectl', async (ctx) => {
      const code = await runKubectl(ctx.argv.slice(1), this.kubectlContext(ctx.interrupt === this.current?.interrupt ? ctx : laterOutput(ctx)));
      this.deadlines.delete(ctx.interrupt);
      // A real kubectl call lasts long enough for the controllers to react: the next command on
      // the same line (`kubectl scale --replicas=0; kubectl scale --replicas=2`) sees their work.
      if (this.timeMode === 'instant') this.cluster.drain();
      return code;
    });
    registerEditorCommands(this.shell, () => (this.editorAttached ? this.editor : undefined));
    registerClusterTools(this.shell, { cluster: this.cluster, kubeconfig: this.kubeconfig, session: this, kubectl: (argv, ctx) => runKubectl(argv, this.kubectlContext(ctx)), openSession: (s) => this.sessions.push(s) });
    registerNetCommands(this.shell, () => this.cluster.network);
  }

  /**
   * A realtime driver wakes every wait at its instant, the background's too. Headless (and while
   * a lesson replays its steps), the foreground's waits move the clock, the jobs' only follow it.
   */
  private sleep(seconds: number, mode: SleepMode): Promise<void> {
    if (this.timeMode === 'instant' || (this.replaying && !mode.background)) return this.instant.sleep(seconds, mode);
    // `wait` and `fg` wait with no end of their own: the interrupt that ends them is the shell's.
    return Number.isFinite(seconds) ? this.sleeper(seconds) : new Promise<void>(() => undefined);
  }

  /** Lets a realtime driver replace how sleeps wait. */
  setSleeper(fn: (seconds: number) => Promise<void>): void {
    this.sleeper = fn;
  }

  elapsedSeconds(): number {
    return (this.cluster.now() - this.startMs) / 1000;
  }

  /** The prompt the terminal shows: the learner's shell's, or an open container shell's. */
  prompt(): string {
    const session = this.sessions[this.sessions.length - 1];
    return session ? session.prompt() : this.shell.prompt();
  }

  /** Opens a shell in a container; the next lines go to it until it exits. */
  openShell(spec: ShellSpec): void {
    this.sessions.push(new ContainerSession(this.cluster.client, spec));
  }

  /** Runs one complete command text (a terminal input, journaled) and returns what it printed. */
  exec(command: string, sink?: OutputSink): Promise<ExecResult> {
    this.journal.record({ kind: 'exec', line: command });
    return this.run(command, sink);
  }

  private async run(command: string, sink?: OutputSink): Promise<ExecResult> {
    const session = this.sessions[this.sessions.length - 1];
    if (session) return this.execInSession(session, command, sink);
    let stdout = '';
    let stderr = '';
    const ctrl = new InterruptController();
    this.current = ctrl;
    this.commandStart = this.cluster.now();
    const exitCode = await this.shell.run(command, {
      stdout: { write: (s) => ((stdout += s), sink?.stdout(s)) },
      stderr: { write: (s) => ((stderr += s), sink?.stderr(s)) },
      interrupt: ctrl.interrupt,
    });
    this.current = undefined;
    // A job started by this input runs until it first waits before the prompt comes back.
    if (this.shell.jobs.list().some((j) => j.running)) await yieldToMacrotasks();
    if (this.settleAfter) await this.instant.settle(SETTLE_LIMIT_S, (s) => this.settle(s, false));
    // Bash reports the jobs that ended before it shows the next prompt.
    const notices = this.shell.jobNotices();
    if (notices) {
      stderr += notices;
      sink?.stderr(notices);
    }
    return { command, stdout, stderr, exitCode, clock: this.elapsedSeconds() };
  }

  private async execInSession(session: TerminalSession, command: string, sink?: OutputSink): Promise<ExecResult> {
    const r = await session.run(command);
    if (r.closed) this.sessions.pop();
    if (r.stdout) sink?.stdout(r.stdout);
    if (r.stderr) sink?.stderr(r.stderr);
    if (this.settleAfter) this.settle(SETTLE_LIMIT_S, false);
    return { command, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, clock: this.elapsedSeconds() };
  }

  /**
   * Runs a command off the wall clock, as the headless shell would: sleeps jump the clock,
   * streaming commands end once the cluster is quiet, and the cluster settles afterwards. A
   * lesson uses it to replay earlier steps' solutions when it restores a step's starting state.
   */
  async execSettled(command: string): Promise<ExecResult> {
    this.journal.record({ kind: 'execSettled', line: command });
    this.replaying = true;
    try {
      const result = await this.run(command);
      this.settle(SETTLE_LIMIT_S, false);
      return result;
    } finally {
      this.replaying = false;
    }
  }

  /**
   * Runs kubectl with `args` for the page's own use (the inspector's describe and YAML): nothing
   * is echoed in the terminal or recorded in its history.
   */
  async kubectlQuiet(args: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }> {
    let stdout = '';
    let stderr = '';
    const fs = this.shell.fs;
    const exitCode = await runKubectl(args, {
      client: this.cluster.client,
      stdin: '',
      stdout: { write: (s) => (stdout += s) },
      stderr: { write: (s) => (stderr += s) },
      now: () => this.cluster.now(),
      sleep: () => Promise.resolve(),
      interrupt: NEVER_INTERRUPTED,
      readFile: (path) => {
        const abs = fs.resolve(this.shell.cwd, path);
        return fs.stat(abs) && !fs.isDirectory(abs) ? fs.readFile(abs) : undefined;
      },
      kubeconfig: this.kubeconfig,
    });
    return { stdout, stderr, exitCode };
  }

  /** Ctrl-C for the running command. */
  interrupt(): void {
    if (!this.current) return;
    this.journal.record({ kind: 'interrupt' });
    this.current.abort();
  }

  /** Writes a virtual file for the page (editor Save, a lesson's files); returns its absolute path. */
  writeFile(path: string, text: string, opts: { parents?: boolean } = {}): string {
    const abs = this.shell.fs.resolve(this.shell.cwd, path);
    this.journal.record({ kind: 'writeFile', path: abs, text, ...(opts.parents ? { parents: true } : {}) });
    const dir = abs.slice(0, abs.lastIndexOf('/'));
    if (opts.parents && dir) this.shell.fs.mkdir(dir, true);
    this.shell.fs.writeFile(abs, text);
    return abs;
  }

  /**
   * A write straight to the API server outside kubectl (a lesson's setup objects, a cordon).
   * The arguments are recorded as JSON and the call made with that copy, so a replay calls the
   * client exactly as the live session did.
   */
  apiWrite(verb: ApiVerb, args: readonly unknown[]): unknown {
    const given = [...args];
    // JSON turns a trailing `undefined` (no options) into null, which the client would read.
    while (given.length && given[given.length - 1] === undefined) given.pop();
    const copy = JSON.parse(JSON.stringify(given)) as unknown[];
    this.journal.record({ kind: 'api', verb, args: copy });
    const call = this.cluster.client[verb] as (...a: unknown[]) => unknown;
    return call.apply(this.cluster.client, copy);
  }

  /** Powers a node's kubelet off; returns an error message, empty on success. */
  stopNode(name: string): string {
    const kubelet = this.cluster.kubelets.get(name);
    if (!kubelet) return `node "${name}" not found`;
    this.journal.record({ kind: 'stopNode', name });
    kubelet.stop();
    return '';
  }

  startNode(name: string): string {
    const kubelet = this.cluster.kubelets.get(name);
    if (!kubelet) return `node "${name}" not found`;
    this.journal.record({ kind: 'startNode', name });
    kubelet.start();
    this.cluster.drain();
    return '';
  }

  /** Jumps the clock (headless stepping, a lesson's wait), outside any realtime driver. */
  advance(seconds: number): void {
    this.journal.record({ kind: 'advance', seconds });
    this.cluster.advance(seconds);
    this.instant.wakeDue();
    this.onClockJump?.();
  }

  /** Runs the cluster until quiet (at most `maxSeconds`); returns the seconds that passed. */
  settle(maxSeconds = SETTLE_LIMIT_S, journaled = true): number {
    if (journaled) this.journal.record({ kind: 'settle', maxSeconds });
    const passed = this.cluster.settle(maxSeconds);
    this.instant.wakeDue();
    this.onClockJump?.();
    return passed;
  }

  /** The page's editor listens (or stopped listening): `vi` and `kubectl edit` may use it. */
  setEditorAttached(attached: boolean): void {
    if (attached === this.editorAttached) return;
    this.journal.record({ kind: 'editor', attached });
    this.editorAttached = attached;
  }

  isIncomplete(text: string): boolean {
    return this.shell.isIncomplete(text);
  }

  /**
   * Without a keyboard, a streaming command (`get -w`, `logs -f`, `watch`) would never end: in
   * instant mode, a command that has already waited and asks to wait again on a quiet cluster is
   * interrupted, as if Ctrl-C had been pressed. A single `sleep 300` is never cut short, nor a
   * command before the deadline it declared (at most DEADLINE_LIMIT_S ahead).
   */
  private autoInterrupt(): boolean {
    if ((this.timeMode !== 'instant' && !this.replaying) || !this.current) return false;
    // A wait with a deadline (`kubectl wait --timeout=60s`) runs to it, or until what it waits for happens.
    const deadline = this.deadlines.get(this.current.interrupt);
    if (deadline !== undefined && this.cluster.now() < deadline) return false;
    if (this.cluster.now() - this.commandStart < 1000 || !this.cluster.isQuiet()) return false;
    this.current.abort();
    return true;
  }

  private async edit(editor: EditorPort, file: string, text: string): Promise<string | undefined> {
    const saved = await editor.edit(file, text);
    this.journal.record({ kind: 'edited', text: saved ?? null });
    return saved;
  }

  private kubectlContext(ctx: CommandContext): KubectlContext {
    const profile = this.cluster.profile;
    return {
      ...this.listeners,
      getenv: (name) => ctx.env.get(name),
      fetchUrl: async (url) => {
        const result = await this.fetchUrl(url);
        this.journal.record({ kind: 'fetched', url, result });
        return result;
      },
      discovery: () => metricsDiscovery(this.cluster.metrics),
      client: this.apiReachable ? this.cluster.client : unreachableClient(`${profile.apiServerIP}:${apiServerPort(profile)}`),
      stdin: ctx.stdin,
      stdout: ctx.stdout,
      stderr: ctx.stderr,
      now: () => this.cluster.now(),
      sleep: (s) => ctx.sleep(s),
      waitUntil: (ms) => {
        if (ms - this.cluster.now() <= DEADLINE_LIMIT_S * 1000) this.deadlines.set(ctx.interrupt, ms);
      },
      interrupt: ctx.interrupt,
      readFile: (path) => {
        const abs = ctx.fs.resolve(ctx.cwd, path);
        return ctx.fs.stat(abs) && !ctx.fs.isDirectory(abs) ? ctx.fs.readFile(abs) : undefined;
      },
      listDir: (path) => {
        const abs = ctx.fs.resolve(ctx.cwd, path);
        return ctx.fs.isDirectory(abs) ? ctx.fs.readdir(abs) : undefined;
      },
      writeFile: (path, text) => {
        const abs = ctx.fs.resolve(ctx.cwd, path);
        ctx.fs.mkdir(abs.slice(0, abs.lastIndexOf('/')) || '/', true);
        ctx.fs.writeFile(abs, text);
      },
      kubeconfig: this.kubeconfig,
      openShell: (spec) => this.openShell(spec),
      // `kubectl edit` opens the page's editor; headless, kubectl explains the missing editor.
      ...(this.editor && this.editorAttached ? { edit: (file: string, text: string) => this.edit(this.editor!, file, text) } : {}),
    };
  }
}

/**
 * A background job's kubectl prints a moment later than the foreground's: a watch event caused by
 * the foreground's own request (`kubectl run` under `kubectl get pods -w &`) reaches the terminal
 * after that request's answer (`pod/web created`), as over a real network. The sim delivers watch
 * events inside the request; one microtask lets the foreground finish its line first.
 */
function laterOutput(ctx: CommandContext): CommandContext {
  const later = (w: CommandContext['stdout']) => ({ write: (s: string) => void Promise.resolve().then(() => w.write(s)) });
  return { ...ctx, stdout: later(ctx.stdout), stderr: later(ctx.stderr) };
}
