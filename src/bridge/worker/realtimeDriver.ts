/**
 * Moves virtual time with the wall clock (× speed) in the browser, and lets commands that wait
 * (`sleep 5`, `rollout status`, `get -w`) resume once the cluster's clock has caught up.
 * The timer is injected so the same driver can be tested without a real clock.
 */
import type { SimHost } from './simHost';

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
  private waiters: Waiter[] = [];

  constructor(
    private readonly host: SimHost,
    private readonly ticker: Ticker,
  ) {
    host.setSleeper((seconds) => this.sleep(seconds));
    ticker.start((elapsedMs) => this.tick(elapsedMs));
  }

  /** Advances by one wall-clock interval; also used for single-stepping while paused. */
  tick(elapsedMs: number, force = false): void {
    if (this.paused && !force) return;
    this.host.cluster.advance((elapsedMs * (force ? 1 : this.speed)) / 1000);
    const now = this.host.cluster.now();
    const due = this.waiters.filter((w) => w.until <= now);
    this.waiters = this.waiters.filter((w) => w.until > now);
    for (const w of due) w.resolve();
  }

  step(seconds = 1): void {
    this.tick(seconds * 1000, true);
  }

  sleep(seconds: number): Promise<void> {
    return new Promise((resolve) => this.waiters.push({ until: this.host.cluster.now() + seconds * 1000, resolve }));
  }

  dispose(): void {
    this.ticker.stop();
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
