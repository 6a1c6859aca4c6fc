/**
 * SimApi: the one interface every host uses (DESIGN.md §1). The browser reaches it through
 * comlink in a Worker (or on the main thread as a fallback); Node calls it directly.
 */
import { completeLine, type Completion } from './completeCommand';
import { completionCatalog } from './completionCatalog';
import { ClusterFeed, type FeedListener, type FrameTimer } from './clusterFeed';
import { timeoutFrameTimer } from './frameTimer';
import { ActivityHub } from './activityHub';
import type { ActivityListener } from './controlPlaneActivity';
import { EditorBridge, type EditorListener } from './editorBridge';
import { PROFILES } from '../../sim';
import { localize, parseLessons, type Language, type LocalizedLesson } from '../../lessons';
import { RealtimeDriver, type Ticker } from './realtimeDriver';
import { SimHost, type ExecResult, type SimHostOptions } from './simHost';
import { LessonRunner } from './lessonRunner/LessonRunner';
import { WorkerLessonHost } from './lessonRunner/workerLessonHost';
import { lessonApi, type LessonApi } from './lessonRunner/lessonApi';
import { JournalWatch, workspaceApi, type WorkspaceApi } from './workspace/workspaceApi';
import type { RestoredSession } from './workspace/restoreWorkspace';

export interface ClockState {
  /** Virtual milliseconds since the epoch. */
  now: number;
  /** Virtual seconds since the session started. */
  elapsed: number;
  speed: number;
  paused: boolean;
}

export interface SimApi extends LessonApi, WorkspaceApi {
  /** Runs a complete command; `onOutput` streams what it prints as it prints it. */
  exec(command: string, onOutput?: (stream: 'stdout' | 'stderr', text: string) => void): Promise<ExecResult>;
  isIncomplete(text: string): boolean;
  interrupt(): void;
  prompt(): string;
  clock(): ClockState;
  setSpeed(speed: number): void;
  setPaused(paused: boolean): void;
  step(seconds?: number): void;
  /**
   * A fresh cluster; with a lesson open, the current step's starting state on it. `keepFiles`
   * ("reset the cluster only") carries the learner's files over to the new session.
   */
  reset(opts?: ResetOptions): Promise<void>;
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
  /**
   * Powers a node off (its kubelet stops: no heartbeats, so NotReady after 40 s and evictions
   * after 300 s) or on again. Returns an error message, empty on success.
   */
  stopNode(name: string): string;
  startNode(name: string): string;
  /** The cluster profile in use and the ones `reset({ profile })` accepts. */
  profiles(): { current: string; available: string[] };
  /** Names of the nodes whose kubelet is stopped. */
  stoppedNodes(): string[];
  /** Runs kubectl for the page (inspector: describe, YAML) without echoing into the terminal. */
  kubectlQuiet(args: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }>;
  /** Writes a virtual file (relative paths from the shell's cwd); returns its absolute path. */
  writeFile(path: string, text: string): string;
  /** `vi`/`vim`/`nano`/`kubectl edit` in the terminal ask the page's editor to open. */
  onEditorRequest(listener: EditorListener): number;
  offEditorRequest(id: number): void;
  /** Answers a `kubectl edit` request: the saved text, or undefined when closed without saving. */
  editorDone(id: number, text: string | undefined): void;
  /** Parses lesson sources (`NN-slug/lesson.yaml`, `NN-slug/en.md` …) into lessons in `language`. */
  readLessons(files: Record<string, string>, language: Language): LocalizedLesson[];
  /** Which control-plane components acted lately, at most every 250 ms. */
  subscribeActivity(listener: ActivityListener): number;
  unsubscribeActivity(id: number): void;
}

export interface ResetOptions extends SimHostOptions {
  keepFiles?: boolean;
}

/** The files the learner made (those a fresh session lacks) written into `to`, journaled there. */
function carryFiles(from: SimHost, to: SimHost): void {
  const { fs } = from.shell;
  const walk = (dir: string): string[] =>
    fs.readdir(dir).flatMap((name) => {
      const path = `${dir === '/' ? '' : dir}/${name}`;
      return fs.isDirectory(path) ? walk(path) : [path];
    });
  for (const path of walk('/')) if (!to.shell.fs.stat(path)) to.writeFile(path, fs.readFile(path), { parents: true });
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
  const activity = new ActivityHub(host, opts.frameTimer ?? timeoutFrameTimer);
  const editor = new EditorBridge();
  host.editor = editor;
  const journal = new JournalWatch(host);
  const adopt = (next: SimHost, nextDriver?: RealtimeDriver) => {
    const pace = driver && { speed: driver.speed, paused: driver.paused };
    driver?.dispose();
    host = next;
    driver = opts.ticker ? (nextDriver ?? new RealtimeDriver(host)) : undefined;
    if (driver && pace) Object.assign(driver, pace);
    if (driver && opts.ticker) driver.attach(opts.ticker);
    hub.rehost(host);
    activity.rehost(host);
    editor.cancelAll();
    host.editor = editor;
    host.setEditorAttached(editor.available);
    journal.rehost(host);
  };
  const rehost = (next: SimHostOptions) => adopt(new SimHost({ ...opts, ...next }));
  const session = { current: () => host, timeMode: opts.timeMode ?? 'instant', adopt: (r: RestoredSession) => adopt(r.host, r.driver) } as const;
  const lessons = new LessonRunner({
    host: new WorkerLessonHost(() => host, (profile) => rehost({ profile, startTimeMs: host.cluster.now() })),
    signals: { revision: () => host.cluster.api.store.resourceVersion(), historyLength: () => host.shell.history.length },
    timer: opts.frameTimer ?? timeoutFrameTimer,
  });
  return {
    exec: (command, onOutput) => {
      // Even a read reaches the API server: its chip pulses for every command.
      activity.noteRequest();
      return host.exec(command, onOutput && { stdout: (s) => onOutput('stdout', s), stderr: (s) => onOutput('stderr', s) });
    },
    isIncomplete: (text) => host.isIncomplete(text),
    interrupt: () => host.interrupt(),
    prompt: () => host.prompt(),
    clock: () => ({ now: host.cluster.now(), elapsed: host.elapsedSeconds(), speed: driver?.speed ?? 1, paused: driver?.paused ?? false }),
    setSpeed: (speed) => {
      if (driver) driver.speed = speed;
    },
    setPaused: (paused) => {
      if (driver) driver.paused = paused;
    },
    step: (seconds = 1) => (driver ? driver.step(seconds) : host.advance(seconds)),
    reset: ({ keepFiles, ...next } = {}) => {
      const before = host;
      rehost(next);
      if (keepFiles) carryFiles(before, host);
      return lessons.afterExternalReset();
    },
    info: () => {
      const context = host.kubeconfig.contexts.find((c) => c.name === host.kubeconfig.currentContext);
      return { clusterName: context?.cluster ?? '', contextName: host.kubeconfig.currentContext ?? '' };
    },
    subscribe: (listener) => hub.subscribe(listener),
    unsubscribe: (id) => hub.unsubscribe(id),
    complete: (line, cursor) => completeLine(line, cursor, completionCatalog(host.cluster.client)),
    stopNode: (name) => host.stopNode(name),
    startNode: (name) => host.startNode(name),
    profiles: () => ({ current: host.cluster.profile.name, available: Object.keys(PROFILES) }),
    stoppedNodes: () => [...host.cluster.kubelets.entries()].filter(([, k]) => !k.isRunning()).map(([name]) => name),
    kubectlQuiet: (args) => host.kubectlQuiet(args),
    writeFile: (path, text) => host.writeFile(path, text),
    onEditorRequest: (listener) => {
      const id = editor.listen(listener);
      host.setEditorAttached(editor.available);
      return id;
    },
    offEditorRequest: (id) => {
      editor.unlisten(id);
      host.setEditorAttached(editor.available);
    },
    editorDone: (id, text) => editor.finish(id, text),
    readLessons: (files, language) => parseLessons(files).map((l) => localize(l, language)),
    subscribeActivity: (listener) => activity.subscribe(listener),
    unsubscribeActivity: (id) => activity.unsubscribe(id),
    ...lessonApi(lessons),
    ...workspaceApi(session, journal),
  };
}
