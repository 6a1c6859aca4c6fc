/**
 * Moves virtual time with the wall clock (× speed) in the browser, and lets commands that wait
 * (`sleep 5`, `rollout status`, `get -w`) resume once the cluster's clock has caught up.
 * The timer is injected so the same driver can be tested without a real clock.
 *
 * A waiting command wakes at exactly the instant it asked for, not at the next wall-clock tick:
 * the clock stops at each wake-up, the command runs until it waits again (one macrotask), then
 * time moves on. So where a command resumes never depends on the host's timer, and a journal of
 * the session's inputs replays to the same state (see workspace/README in src/bridge/README.md).
 * The invariant replay relies on: between two macrotasks, no waiter is due (until ≤ now).
 */
import type { SimHost } from './simHost';
import { yieldToMacrotasks } from './workspace/macrotask';

export interface Ticker {
  start(onTick: (elapsedMs: number) => void): void;
  stop(): void;
}

interface Waiter {
  until: number;
  resolve: () => void;
}

export class RealtimeDriver {
  speed = 1;
  paused = false;
  /** Waiters in (until, arrival) order. */
  private waiters: Waiter[] = [];
  /** The virtual instant the driver is heading to. */
  private target: number;
  private busy = false;
  private done: Promise<void> = Promise.resolve();
  private ticker?: Ticker;

  /** Without a ticker the driver only moves when told (`step`, `advanceTo`): journal replay. */
  constructor(
    private readonly host: SimHost,
    ticker?: Ticker,
  ) {
    this.target = host.cluster.now();
    host.setSleeper((seconds) => this.sleep(seconds));
    host.onClockJump = () => this.wakeDue();
    if (ticker) this.attach(ticker);
  }

  /** Starts following the wall clock. */
  attach(ticker: Ticker): void {
    this.ticker = ticker;
    ticker.start((elapsedMs) => this.tick(elapsedMs));
  }

  /** Advances by one wall-clock interval. */
  tick(elapsedMs: number): void {
    if (this.paused) return;
    void this.advanceTo(this.base() + elapsedMs * this.speed);
  }

  /** Single-stepping (also while paused). */
  step(seconds = 1): void {
    void this.advanceTo(this.base() + seconds * 1000);
  }

  /**
   * Moves the clock to `ms` (virtual ms), stopping at every waiter on the way; resolves once the
   * clock is there and the woken commands have run until they wait again.
   */
  advanceTo(ms: number): Promise<void> {
    this.target = Math.max(this.target, ms);
    if (!this.busy) {
      this.busy = true;
      this.done = this.run();
    }
    return this.done;
  }

  sleep(seconds: number): Promise<void> {
    const until = this.host.cluster.now() + seconds * 1000;
    if (!(until > this.host.cluster.now())) return Promise.resolve();
    return new Promise((resolve) => {
      let i = this.waiters.length;
      while (i > 0 && this.waiters[i - 1].until > until) i--;
      this.waiters.splice(i, 0, { until, resolve });
    });
  }

  dispose(): void {
    this.ticker?.stop();
  }

  private base(): number {
    return Math.max(this.target, this.host.cluster.now());
  }

  private async run(): Promise<void> {
    try {
      for (;;) {
        const next = this.waiters[0]?.until;
        this.host.cluster.advanceTo(next !== undefined && next <= this.target ? next : this.target);
        if (!this.wakeDue()) return;
        await yieldToMacrotasks();
      }
    } finally {
      this.busy = false;
    }
  }

  /** Resolves every waiter that is due now; true when one was. */
  private wakeDue(): boolean {
    const now = this.host.cluster.now();
    let n = 0;
    while (n < this.waiters.length && this.waiters[n].until <= now) n++;
    const due = this.waiters.splice(0, n);
    for (const w of due) w.resolve();
    return n > 0;
  }
}

/** A ticker on the Worker's own timers. */
export function intervalTicker(periodMs: number): Ticker {
  let handle: ReturnType<typeof setInterval> | undefined;
  let last = 0;
  return {
    start(onTick) {
      last = performance.now();
      handle = setInterval(() => {
        const now = performance.now();
        onTick(now - last);
        last = now;
      }, periodMs);
    },
    stop() {
      if (handle !== undefined) clearInterval(handle);
    },
  };
}
