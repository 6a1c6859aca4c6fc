/**
 * When to save: after a change, once the learner has paused for `delayMs`, but at least every
 * `maxWaitMs` while changes keep coming; never two writes at once (a change during a write
 * saves again after it). The writing itself is injected.
 */
export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
  now(): number;
}

export interface AutosaveOptions {
  save(): Promise<void>;
  timers: Timers;
  delayMs?: number;
  maxWaitMs?: number;
  /** A save failed (quota, blocked storage); the next change tries again. */
  onError(e: unknown): void;
}

export class Autosaver {
  private timer?: unknown;
  private firstChange?: number;
  private writing?: Promise<void>;
  private again = false;
  enabled = true;

  constructor(private readonly opts: AutosaveOptions) {}

  changed(): void {
    if (!this.enabled) return;
    const { timers, delayMs = 1000, maxWaitMs = 5000 } = this.opts;
    const now = timers.now();
    this.firstChange ??= now;
    if (this.timer !== undefined) timers.clear(this.timer);
    const due = Math.min(now + delayMs, this.firstChange + maxWaitMs);
    this.timer = timers.set(() => void this.flush(), Math.max(0, due - now));
  }

  /** Saves now if anything changed since the last save (the page is hidden or closing). */
  async flush(): Promise<void> {
    if (this.timer === undefined) return this.writing;
    this.opts.timers.clear(this.timer);
    this.timer = undefined;
    this.firstChange = undefined;
    if (this.writing) {
      this.again = true;
      return this.writing;
    }
    this.writing = this.opts
      .save()
      .catch((e: unknown) => this.opts.onError(e))
      .finally(() => {
        this.writing = undefined;
        if (this.again) {
          this.again = false;
          this.changed();
        }
      });
    return this.writing;
  }

  /** Forgets a pending save (the tab stopped saving, or the learner reset everything). */
  cancel(): void {
    if (this.timer !== undefined) this.opts.timers.clear(this.timer);
    this.timer = undefined;
    this.firstChange = undefined;
  }
}
