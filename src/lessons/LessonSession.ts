import { applySetup } from './applySetup';
import type { CheckContext } from './checkContext';
import type { CheckResult } from './checkTypes';
import { localize } from './catalog';
import { evaluateCheck } from './evaluateCheck';
import { hintViews, type HintView } from './hints';
import type { LessonHost } from './LessonHost';
import type { Language, Lesson, LocalizedLesson, LocalizedStep } from './types';

export type StepStatus = 'pending' | 'current' | 'passed';

export type SessionEvent =
  | { type: 'step'; index: number }
  | { type: 'passed'; index: number; result: CheckResult }
  | { type: 'completed' };

/** What the UI persists to find the learner's place again after a reload. */
export interface LessonProgress {
  lessonId: string;
  stepIndex: number;
  passed: string[];
}

/**
 * Runs one lesson in a session: applies its setup, tracks the current step, evaluates the step's
 * check whenever asked (the UI asks after each command and each batch of cluster changes), and
 * starts steps over. It owns no timers: hosts drive it.
 */
export class LessonSession {
  private index = 0;
  private readonly passed = new Set<string>();
  private readonly listeners = new Set<(e: SessionEvent) => void>();
  private lessonHistoryStart = 0;
  private stepHistoryStart = 0;
  private lessonStartMs = 0;
  private stepStartMs = 0;

  constructor(
    readonly lesson: Lesson,
    private readonly host: LessonHost,
    public language: Language = 'en',
  ) {}

  /** Applies the setup and begins at the first step (or at `progress`, replaying earlier solutions). */
  async start(progress?: LessonProgress): Promise<void> {
    await this.startOver(progress && progress.lessonId === this.lesson.spec.id ? progress.stepIndex : 0);
    for (const id of progress?.passed ?? []) this.passed.add(id);
  }

  /**
   * Takes up `progress` on the session as it stands (a restored workspace already holds the
   * lesson's cluster): nothing is reset or replayed. The restored shell history began with the
   * lesson (opening one starts a new session); the current step's commands count from now.
   */
  resume(progress: LessonProgress): void {
    this.passed.clear();
    for (const id of progress.passed) this.passed.add(id);
    this.lessonHistoryStart = 0;
    this.lessonStartMs = this.host.now();
    this.goTo(Math.min(Math.max(progress.stepIndex, 0), this.lesson.spec.steps.length - 1));
  }

  get stepIndex(): number {
    return this.index;
  }

  /** The lesson in the session's current language. */
  localized(): LocalizedLesson {
    return localize(this.lesson, this.language);
  }

  step(): LocalizedStep {
    return this.localized().steps[this.index];
  }

  statuses(): StepStatus[] {
    return this.lesson.spec.steps.map((s, i) => (this.passed.has(s.id) ? 'passed' : i === this.index ? 'current' : 'pending'));
  }

  isComplete(): boolean {
    return this.lesson.spec.steps.every((s) => this.passed.has(s.id));
  }

  progress(): LessonProgress {
    return { lessonId: this.lesson.spec.id, stepIndex: this.index, passed: [...this.passed] };
  }

  onStep(listener: (e: SessionEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  context(): CheckContext {
    return {
      client: this.host.client,
      history: this.host.history().slice(this.lessonHistoryStart),
      stepHistoryStart: this.stepHistoryStart - this.lessonHistoryStart,
      lessonStartMs: this.lessonStartMs,
      stepStartMs: this.stepStartMs,
      readFile: (p) => this.host.readFile(p),
    };
  }

  /** Evaluates the current step's check; the first time it passes, the step ticks ✓. */
  evaluate(): CheckResult {
    const spec = this.lesson.spec.steps[this.index];
    const result = evaluateCheck(spec.check, this.context());
    if (result.passed && !this.passed.has(spec.id)) {
      this.passed.add(spec.id);
      this.emit({ type: 'passed', index: this.index, result });
      if (this.isComplete()) this.emit({ type: 'completed' });
    }
    return result;
  }

  hints(): HintView[] {
    return hintViews(this.step().hints, this.context(), this.host.now());
  }

  /** Moves to the next step; false on the last one. Gating on ✓ is the UI's choice. */
  next(): boolean {
    if (this.index >= this.lesson.spec.steps.length - 1) return false;
    this.goTo(this.index + 1);
    return true;
  }

  previous(): boolean {
    if (this.index === 0) return false;
    this.goTo(this.index - 1);
    return true;
  }

  /** Types the step's solution into the terminal, command by command ("Solve for me"). */
  async solve(): Promise<void> {
    for (const c of this.step().solution) await this.host.exec(c.run);
  }

  /**
   * Puts the cluster back where the current step starts. With a host that can start over, that
   * is exact: a fresh cluster, the setup, then the earlier steps' solutions replayed. Otherwise
   * the setup is re-applied on top of what is there.
   */
  async resetStep(): Promise<void> {
    const keep = new Set(this.lesson.spec.steps.slice(0, this.index).map((s) => s.id).filter((id) => this.passed.has(id)));
    await this.startOver(this.index);
    for (const id of keep) this.passed.add(id);
  }

  async resetLesson(): Promise<void> {
    await this.startOver(0);
  }

  private async startOver(stepIndex: number): Promise<void> {
    const { spec } = this.lesson;
    const fresh = this.host.reset !== undefined;
    if (fresh) await this.host.reset!(spec.profile);
    this.passed.clear();
    this.lessonHistoryStart = this.host.history().length;
    this.lessonStartMs = this.host.now();
    applySetup(this.host, spec.setup);
    if (fresh) {
      for (const step of spec.steps.slice(0, stepIndex)) {
        for (const id of step.solution) await this.host.exec(step.commands.find((c) => c.id === id)!.run);
      }
    }
    this.goTo(stepIndex);
  }

  private goTo(index: number): void {
    this.index = index;
    this.stepStartMs = this.host.now();
    this.stepHistoryStart = this.host.history().length;
    this.emit({ type: 'step', index });
  }

  private emit(e: SessionEvent): void {
    for (const l of this.listeners) l(e);
  }
}
