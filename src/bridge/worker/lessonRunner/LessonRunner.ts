/**
 * Hosts the open lesson in the playground session: one LessonSession at a time over the page's
 * cluster, its check evaluated continuously — at most once per `intervalMs` of wall time, and
 * only when the cluster, the shell's history or the clock's second moved — and its status pushed
 * to the page whenever it changes. Resets are queued so two clicks never interleave.
 */
import { LessonCatalog, LessonSession, type Language, type LessonHost, type LessonProgress, type LessonSummary, type LocalizedLesson } from '../../../lessons';
import type { FrameTimer } from '../clusterFeed';
import { readCatalogue } from './lessonCatalogue';
import { closedStatus, lessonStatus, type LessonStatus } from './lessonStatus';

export type LessonStatusListener = (status: LessonStatus) => void;

/** What the runner watches to know that a check may have changed its answer. */
export interface ChangeSignals {
  revision(): number;
  historyLength(): number;
}

export interface LessonRunnerOptions {
  host: LessonHost;
  signals: ChangeSignals;
  timer: FrameTimer;
  /** Wall-clock ms between evaluations (default 250). */
  intervalMs?: number;
}

export class LessonRunner {
  private catalog = new LessonCatalog([]);
  private session?: LessonSession;
  private language: Language = 'en';
  private busy = false;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Map<number, LessonStatusListener>();
  private nextId = 1;
  private lastPushed = '';
  private lastSignature = '';
  private looping = false;

  constructor(private readonly opts: LessonRunnerOptions) {}

  /** Replaces the catalogue; returns one message per lesson that could not be parsed. */
  load(files: Record<string, string>): string[] {
    const { catalog, errors } = readCatalogue(files);
    this.catalog = catalog;
    return errors;
  }

  catalogue(language: Language): LessonSummary[] {
    return this.catalog.list(language);
  }

  /** Starts a lesson on a fresh cluster of its profile, at `progress` when resuming. */
  open(id: string, language: Language, progress?: LessonProgress): Promise<LocalizedLesson> {
    const lesson = this.catalog.get(id);
    if (!lesson) return Promise.reject(new Error(`no lesson "${id}"`));
    return this.exclusive(async () => {
      this.language = language;
      this.session = new LessonSession(lesson, this.opts.host, language);
      await this.session.start(progress);
      this.startLoop();
      return this.session.localized();
    });
  }

  /** Reopens a lesson at `progress` on the cluster as it is (after a workspace import): no reset. */
  resume(id: string, language: Language, progress: LessonProgress): Promise<LocalizedLesson> {
    const lesson = this.catalog.get(id);
    if (!lesson) return Promise.reject(new Error(`no lesson "${id}"`));
    return this.exclusive(() => {
      this.language = language;
      this.session = new LessonSession(lesson, this.opts.host, language);
      this.session.resume(progress);
      this.startLoop();
      return this.session.localized();
    });
  }

  /** Switches the open lesson's language (and the hints' texts); the cluster is untouched. */
  setLanguage(language: Language): LocalizedLesson | undefined {
    this.language = language;
    if (this.session) this.session.language = language;
    this.publish();
    return this.session?.localized();
  }

  move(direction: 'next' | 'previous'): boolean {
    const moved = direction === 'next' ? this.session?.next() : this.session?.previous();
    this.publish();
    return moved ?? false;
  }

  /** Fresh cluster, the setup, the earlier steps' solutions, settled: the step's starting point. */
  resetStep(): Promise<void> {
    return this.exclusive(() => this.session?.resetStep());
  }

  resetLesson(): Promise<void> {
    return this.exclusive(() => this.session?.resetLesson());
  }

  /** Someone reset the cluster under the lesson: the current step starts again on its own setup. */
  afterExternalReset(): Promise<void> {
    return this.session ? this.resetStep() : Promise.resolve();
  }

  close(): void {
    this.session = undefined;
    this.publish();
  }

  /** `listener` gets the status now, then every change. */
  subscribe(listener: LessonStatusListener): number {
    const id = this.nextId++;
    this.listeners.set(id, listener);
    listener(this.status());
    return id;
  }

  unsubscribe(id: number): void {
    this.listeners.delete(id);
  }

  status(): LessonStatus {
    return this.session ? lessonStatus(this.session, this.busy) : closedStatus(this.language, this.busy);
  }

  /** One round of the loop: evaluates the check if anything it reads may have moved. */
  evaluate(): void {
    const session = this.session;
    if (!session || this.busy) return;
    const { signals, host } = this.opts;
    const signature = `${signals.revision()}|${signals.historyLength()}|${Math.floor(host.now() / 1000)}|${session.stepIndex}`;
    if (signature === this.lastSignature) return;
    this.lastSignature = signature;
    session.evaluate();
    this.publish();
  }

  private async exclusive<T>(work: () => Promise<T> | T): Promise<T> {
    const run = this.queue.then(async () => {
      this.busy = true;
      this.publish();
      try {
        return await work();
      } finally {
        this.busy = false;
        this.lastSignature = '';
        this.evaluate();
        this.publish();
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private startLoop(): void {
    if (this.looping) return;
    this.looping = true;
    const { timer, intervalMs = 250 } = this.opts;
    const round = () => {
      if (!this.session) {
        this.looping = false;
        return;
      }
      try {
        this.evaluate();
      } finally {
        timer.schedule(round, intervalMs);
      }
    };
    timer.schedule(round, intervalMs);
  }

  private publish(): void {
    if (this.listeners.size === 0) return;
    const status = this.status();
    const json = JSON.stringify(status);
    if (json === this.lastPushed) return;
    this.lastPushed = json;
    for (const listener of this.listeners.values()) listener(status);
  }
}
