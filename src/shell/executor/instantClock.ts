/**
 * Virtual time for a headless host (script mode, tests), where time moves only when the
 * foreground waits (`sleep 5`, `rollout status`, `wait`) or the host settles the cluster.
 * Background jobs' waits queue up and wake at exactly the instant they asked for while the
 * clock passes it; by themselves they never move the clock.
 *
 * Without background jobs a foreground wait jumps the clock at once, in the same microtask
 * chain: a command stays one uninterrupted run. With them, the clock first lets every job run
 * until it waits (`yieldTurn`), then stops at every waiter on the way.
 */
import type { SleepMode } from './types';

export interface InstantClockHost {
  /** Virtual milliseconds since the epoch. */
  now(): number;
  /** Moves the clock (and whatever it drives) to `ms`. */
  advanceTo(ms: number): void;
  /** Resolves once every continuation runnable now has run (a macrotask on real hosts). */
  yieldTurn(): Promise<void>;
  /** May end the foreground command (as Ctrl-C would) instead of letting it wait; true when it did. */
  autoInterrupt?(): boolean;
  /** Whether background jobs run: they may be about to wait, so the clock lets them first. */
  jobsRunning(): boolean;
}

interface Waiter {
  until: number;
  mode: SleepMode;
  resolve: () => void;
}

export class InstantClock {
  /** In (until, arrival) order. */
  private waiters: Waiter[] = [];
  private pumping = false;

  constructor(private readonly host: InstantClockHost) {}

  sleep(seconds: number, mode: SleepMode): Promise<void> {
    if (!mode.background && this.host.autoInterrupt?.() && !mode.background) return Promise.resolve();
    const until = this.host.now() + seconds * 1000;
    if (!mode.background && Number.isFinite(until) && !this.host.jobsRunning() && !this.hasBackgroundWaits()) {
      this.host.advanceTo(until);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const waiter: Waiter = { until, mode, resolve };
      let i = this.waiters.length;
      while (i > 0 && this.waiters[i - 1].until > until) i--;
      this.waiters.splice(i, 0, waiter);
      mode.interrupt.onAbort(() => this.drop(waiter));
      this.pump();
    });
  }

  hasBackgroundWaits(): boolean {
    return this.waiters.some((w) => w.mode.background);
  }

  /** Resolves every waiter due now; call after moving the clock outside this class. */
  wakeDue(): void {
    const now = this.host.now();
    let n = 0;
    while (n < this.waiters.length && this.waiters[n].until <= now) n++;
    for (const w of this.waiters.splice(0, n)) w.resolve();
  }

  /**
   * Settles the host for at most `maxSeconds` with `settleFor` (which stops early once quiet and
   * returns the seconds that passed), stopping at each background waiter to let it run.
   */
  async settle(maxSeconds: number, settleFor: (seconds: number) => number): Promise<void> {
    let left = maxSeconds * 1000;
    for (;;) {
      if (this.host.jobsRunning()) await this.host.yieldTurn();
      const next = this.waiters[0]?.until;
      const span = next === undefined ? left : Math.min(left, Math.max(0, next - this.host.now()));
      left -= settleFor(span / 1000) * 1000;
      const reached = next !== undefined && next <= this.host.now();
      if (!reached) return;
      this.wakeDue();
      if (left <= 0) return;
    }
  }

  private drop(waiter: Waiter): void {
    const i = this.waiters.indexOf(waiter);
    if (i >= 0) this.waiters.splice(i, 1);
    waiter.resolve();
  }

  /**
   * While the foreground waits, moves the clock from waiter to waiter. Each round first lets
   * every woken command run until it waits again, so the clock never moves under one that runs.
   */
  private pump(): void {
    if (this.pumping || !this.waiters.some((w) => !w.mode.background)) return;
    this.pumping = true;
    void (async () => {
      try {
        for (;;) {
          await this.host.yieldTurn();
          if (!this.waiters.some((w) => !w.mode.background)) return;
          const next = this.waiters[0];
          if (!Number.isFinite(next.until)) return;
          this.host.advanceTo(next.until);
          this.wakeDue();
        }
      } finally {
        this.pumping = false;
      }
    })();
  }
}
