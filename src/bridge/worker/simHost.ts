/**
 * One playground session: a cluster, the shell with kubectl registered, and the kubeconfig they
 * share. Hosts differ only in how virtual time passes while a command waits: `instant` (headless
 * shell, tests: the clock jumps) or `realtime` (the browser: a driver advances the clock with the
 * wall clock × speed and resolves sleeps as it goes).
 */
import { runKubectl, type KubectlContext } from '../../kubectl/kubectl';
import type { KubeconfigState } from '../../kubectl/context';
import { InterruptController, NEVER_INTERRUPTED, Shell } from '../../shell';
import type { CommandContext } from '../../shell';
import { apiServerPort, metricsDiscovery, createCluster, PROFILES, DEFAULT_PROFILE, type RunningCluster } from '../../sim';
import { registerClusterTools } from './tools/registerClusterTools';
import { registerNetCommands } from './netCommands/netCommands';
import { registerEditorCommands, type EditorBridge } from './editorBridge';
import { ContainerSession, type ShellSpec } from './containerSession';
import { unreachableClient } from './unreachableClient';
import { hostListeners } from './hostListeners';
import { fetchUrl } from './fetchUrl';

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
  private current?: InterruptController;
  private commandStart = 0;
  /** Open container shells (`kubectl exec -it`), innermost last: they receive the input. */
  private readonly sessions: ContainerSession[] = [];
  /** The host's local ports that `kubectl port-forward` and `kubectl proxy` listen on. */
  private readonly listeners = hostListeners(() => this.cluster.network);
  /** The page's editor, when one is attached (browser); `vi`/`nano` explain otherwise. */
  editor?: EditorBridge;

  constructor(opts: SimHostOptions = {}) {
    const profileName = opts.profile ?? DEFAULT_PROFILE;
    const profile = PROFILES[profileName];
    if (!profile) throw new Error(`unknown profile "${profileName}" (known: ${Object.keys(PROFILES).join(', ')})`);
    this.timeMode = opts.timeMode ?? 'instant';
    this.settleAfter = opts.settle ?? this.timeMode === 'instant';
    this.cluster = createCluster({ seed: opts.seed, profile: profileName, startTimeMs: opts.startTimeMs });
    this.startMs = this.cluster.now();
    this.sleeper = (seconds) => {
      if (!this.autoInterrupt()) this.cluster.advance(seconds);
      return Promise.resolve();
    };
    this.kubeconfig = {
      currentContext: profile.contextName,
      contexts: [{ name: profile.contextName, cluster: profile.clusterName, user: profile.name === 'minikube' ? 'minikube' : 'kubernetes-admin', namespace: undefined }],
    };
    this.shell = new Shell({
      sleep: (s) => this.sleeper(s),
      now: () => this.cluster.now(),
      hostname: profile.nodes[0].name,
      prompt: '$ ',
      maxWatchRounds: this.timeMode === 'instant' ? 3 : undefined,
    });
    this.shell.register('kubectl', (ctx) => runKubectl(ctx.argv.slice(1), this.kubectlContext(ctx)));
    registerEditorCommands(this.shell, () => this.editor);
    registerClusterTools(this.shell, { cluster: this.cluster, kubeconfig: this.kubeconfig, session: this, kubectl: (argv, ctx) => runKubectl(argv, this.kubectlContext(ctx)) });
    registerNetCommands(this.shell, () => this.cluster.network);
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

  /** Runs one complete command text and returns what it printed. */
  async exec(command: string, sink?: OutputSink): Promise<ExecResult> {
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
    if (this.settleAfter) this.cluster.settle(SETTLE_LIMIT_S);
    return { command, stdout, stderr, exitCode, clock: this.elapsedSeconds() };
  }

  private async execInSession(session: ContainerSession, command: string, sink?: OutputSink): Promise<ExecResult> {
    const r = await session.run(command);
    if (r.closed) this.sessions.pop();
    if (r.stdout) sink?.stdout(r.stdout);
    if (r.stderr) sink?.stderr(r.stderr);
    if (this.settleAfter) this.cluster.settle(SETTLE_LIMIT_S);
    return { command, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, clock: this.elapsedSeconds() };
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
    this.current?.abort();
  }

  isIncomplete(text: string): boolean {
    return this.shell.isIncomplete(text);
  }

  /**
   * Without a keyboard, a streaming command (`get -w`, `logs -f`, `watch`) would never end: in
   * instant mode, a command that has already waited and asks to wait again on a quiet cluster is
   * interrupted, as if Ctrl-C had been pressed. A single `sleep 300` is never cut short.
   */
  private autoInterrupt(): boolean {
    if (this.timeMode !== 'instant' || !this.current) return false;
    if (this.cluster.now() - this.commandStart < 1000 || !this.cluster.isQuiet()) return false;
    this.current.abort();
    return true;
  }

  private kubectlContext(ctx: CommandContext): KubectlContext {
    const profile = this.cluster.profile;
    return {
      ...this.listeners,
      getenv: (name) => ctx.env.get(name),
      fetchUrl,
      discovery: () => metricsDiscovery(this.cluster.metrics),
      client: this.apiReachable ? this.cluster.client : unreachableClient(`${profile.apiServerIP}:${apiServerPort(profile)}`),
      stdin: ctx.stdin,
      stdout: ctx.stdout,
      stderr: ctx.stderr,
      now: () => this.cluster.now(),
      sleep: (s) => ctx.sleep(s),
      interrupt: ctx.interrupt,
      readFile: (path) => {
        const abs = ctx.fs.resolve(ctx.cwd, path);
        return ctx.fs.stat(abs) && !ctx.fs.isDirectory(abs) ? ctx.fs.readFile(abs) : undefined;
      },
      listDir: (path) => {
        const abs = ctx.fs.resolve(ctx.cwd, path);
        return ctx.fs.isDirectory(abs) ? ctx.fs.readdir(abs) : undefined;
      },
      kubeconfig: this.kubeconfig,
      openShell: (spec) => this.openShell(spec),
      // `kubectl edit` opens the page's editor; headless, kubectl explains the missing editor.
      ...(this.editor ? { edit: (file: string, text: string) => this.editor!.edit(file, text) } : {}),
    };
  }
}
