import type { Interrupt } from './types';

/** The host side of Ctrl-C: `abort()` fires every listener of `interrupt` once. */
export class InterruptController implements Interrupt {
  private abortedFlag = false;
  private readonly listeners = new Set<() => void>();

  get aborted(): boolean {
    return this.abortedFlag;
  }

  /** The read-only view handed to commands. */
  get interrupt(): Interrupt {
    return this;
  }

  onAbort(fn: () => void): () => void {
    if (this.abortedFlag) {
      fn();
      return () => {};
    }
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  abort(): void {
    if (this.abortedFlag) return;
    this.abortedFlag = true;
    for (const fn of [...this.listeners]) fn();
    this.listeners.clear();
  }
}

/** An interrupt that never fires, for runs nobody can Ctrl-C (tests, scripts). */
export const NEVER_INTERRUPTED: Interrupt = { aborted: false, onAbort: () => () => {} };
