/**
 * The deterministic tick loop. Virtual time moves from timer to timer; after each timer fires,
 * every runnable with queued work is drained in registration order until nothing is left, so a
 * run depends only on the seed and the inputs, never on the host's speed.
 */
import type { ManualClock } from '../../common/clock';
import { processQueue, type Runnable } from '../client/runnable';

/** A guard against reconcile loops that never converge within one instant. */
const MAX_PASSES_PER_INSTANT = 10_000;

export interface LoopError {
  runnable: string;
  key: string;
  error: unknown;
  at: number;
}

export class TickLoop {
  private readonly runnables: Runnable[] = [];
  private readonly order = new Map<Runnable, number>();
  private readonly ready = new Set<Runnable>();
  readonly errors: LoopError[] = [];
  /** Called after each drain with the number of keys processed (the UI pulses the control plane). */
  onWork?: (runnable: string, keys: number) => void;

  constructor(private readonly clock: ManualClock) {}

  add(r: Runnable): void {
    this.order.set(r, this.runnables.length);
    this.runnables.push(r);
    r.queue.onReady = () => this.ready.add(r);
    if (r.queue.len()) this.ready.add(r);
  }

  remove(r: Runnable): void {
    const i = this.runnables.indexOf(r);
    if (i >= 0) this.runnables.splice(i, 1);
    this.order.clear();
    this.runnables.forEach((x, j) => this.order.set(x, j));
    this.ready.delete(r);
    r.queue.onReady = undefined;
  }

  hasWork(): boolean {
    return this.ready.size > 0;
  }

  /** Processes queued keys until every queue is empty. */
  drain(): number {
    let total = 0;
    for (let pass = 0; this.ready.size > 0; pass++) {
      if (pass > MAX_PASSES_PER_INSTANT) throw new Error('reconcile loop did not converge');
      const batch = [...this.ready].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
      this.ready.clear();
      for (const r of batch) {
        const n = processQueue(r, (key, error) => this.errors.push({ runnable: r.name, key, error, at: this.clock.now() }));
        total += n;
        if (n) this.onWork?.(r.name, n);
        if (r.queue.len()) this.ready.add(r);
      }
    }
    return total;
  }

  /** Advances virtual time by `seconds`, firing timers in order and draining after each. */
  advance(seconds: number): void {
    this.advanceTo(this.clock.now() + seconds * 1000);
  }

  /**
   * Advances virtual time to the instant `target` (virtual ms), exactly: a replayed journal lands
   * on the recorded instants, which `now + seconds * 1000` cannot always express in floating point.
   */
  advanceTo(target: number): void {
    this.drain();
    while (this.clock.fireNext(target)) this.drain();
    this.clock.setTime(target);
    this.drain();
  }

  /**
   * Runs until `isQuiet()` holds after a drain, jumping from timer to timer, for at most
   * `maxSeconds`. Returns the virtual seconds that passed.
   */
  runUntil(isQuiet: () => boolean, maxSeconds: number): number {
    const start = this.clock.now();
    const limit = start + maxSeconds * 1000;
    this.drain();
    while (!isQuiet()) {
      const next = this.clock.nextTimerAt();
      if (next === undefined || next > limit) {
        this.clock.setTime(limit);
        break;
      }
      // Fire everything due at that instant, then look again.
      while (this.clock.fireNext(next)) this.drain();
    }
    return (this.clock.now() - start) / 1000;
  }
}
