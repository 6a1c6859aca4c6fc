/**
 * SimApi: the one interface every host uses (DESIGN.md §1). The browser reaches it through
 * comlink in a Worker (or on the main thread as a fallback); Node calls it directly.
 */
import { completeLine, type Completion } from './completeCommand';
import { completionCatalog } from './completionCatalog';
import { ClusterFeed, type FeedListener, type FrameTimer } from './clusterFeed';
import { timeoutFrameTimer } from './frameTimer';
import { RealtimeDriver, type Ticker } from './realtimeDriver';
import { SimHost, type ExecResult, type SimHostOptions } from './simHost';

export interface ClockState {
  /** Virtual milliseconds since the epoch. */
  now: number;
  /** Virtual seconds since the session started. */
  elapsed: number;
  speed: number;
  paused: boolean;
}

export interface SimApi {
  /** Runs a complete command; `onOutput` streams what it prints as it prints it. */
  exec(command: string, onOutput?: (stream: 'stdout' | 'stderr', text: string) => void): Promise<ExecResult>;
  isIncomplete(text: string): boolean;
  interrupt(): void;
  prompt(): string;
  clock(): ClockState;
  setSpeed(speed: number): void;
  setPaused(paused: boolean): void;
  step(seconds?: number): void;
  reset(opts?: SimHostOptions): void;
  /** Who the terminal talks to, for the top bar. */
  info(): SessionInfo;
  /**
   * Follows the cluster: `listener` gets a snapshot now, then squashed diffs at most once per
   * frame, and a fresh snapshot after `reset`. Returns an id for `unsubscribe`.
   */
  subscribe(listener: FeedListener): number;
  unsubscribe(id: number): void;
  /** Tab completion of the word before `cursor`. */
  complete(line: string, cursor: number): Completion;
}

export interface SessionInfo {
  clusterName: string;
  contextName: string;
}

export interface SimApiOptions extends SimHostOptions {
  ticker?: Ticker;
  /** Paces the feed's messages (default: the host's setTimeout). */
  frameTimer?: FrameTimer;
}

/** Feeds exist only while someone listens, so headless hosts pay nothing for them. */
class FeedHub {
  private feed?: ClusterFeed;
  private readonly listeners = new Map<number, { listener: FeedListener; stop: () => void }>();
  private nextId = 1;

  constructor(
    private host: SimHost,
    private readonly timer: FrameTimer,
  ) {}

  subscribe(listener: FeedListener): number {
    this.feed ??= new ClusterFeed(this.host.cluster.client, () => this.host.cluster.now(), this.timer);
    const id = this.nextId++;
    this.listeners.set(id, { listener, stop: this.feed.subscribe(listener) });
    return id;
  }

  unsubscribe(id: number): void {
    this.listeners.get(id)?.stop();
    this.listeners.delete(id);
  }

  /** Moves every listener to the new host's cluster; each receives a fresh snapshot. */
  rehost(host: SimHost): void {
    this.feed?.dispose();
    this.feed = undefined;
    this.host = host;
    const all = [...this.listeners.values()].map((x) => x.listener);
    this.listeners.clear();
    for (const listener of all) this.subscribe(listener);
  }
}

export function createSimApi(opts: SimApiOptions = {}): SimApi {
  let host = new SimHost(opts);
  let driver = opts.ticker ? new RealtimeDriver(host, opts.ticker) : undefined;
  const hub = new FeedHub(host, opts.frameTimer ?? timeoutFrameTimer);
  return {
    exec: (command, onOutput) => host.exec(command, onOutput && { stdout: (s) => onOutput('stdout', s), stderr: (s) => onOutput('stderr', s) }),
    isIncomplete: (text) => host.isIncomplete(text),
    interrupt: () => host.interrupt(),
    prompt: () => host.shell.prompt(),
    clock: () => ({ now: host.cluster.now(), elapsed: host.elapsedSeconds(), speed: driver?.speed ?? 1, paused: driver?.paused ?? false }),
    setSpeed: (speed) => {
      if (driver) driver.speed = speed;
    },
    setPaused: (paused) => {
      if (driver) driver.paused = paused;
    },
    step: (seconds = 1) => (driver ? driver.step(seconds) : host.cluster.advance(seconds)),
    reset: (next = {}) => {
      const pace = driver && { speed: driver.speed, paused: driver.paused };
      driver?.dispose();
      host = new SimHost({ ...opts, ...next });
      driver = opts.ticker ? new RealtimeDriver(host, opts.ticker) : undefined;
      if (driver && pace) Object.assign(driver, pace);
      hub.rehost(host);
    },
    info: () => {
      const context = host.kubeconfig.contexts.find((c) => c.name === host.kubeconfig.currentContext);
      return { clusterName: context?.cluster ?? '', contextName: host.kubeconfig.currentContext ?? '' };
    },
    subscribe: (listener) => hub.subscribe(listener),
    unsubscribe: (id) => hub.unsubscribe(id),
    complete: (line, cursor) => completeLine(line, cursor, completionCatalog(host.cluster.client)),
  };
}
