/**
 * A coalescing work queue keyed by `namespace/name`, like client-go's rate-limited queue:
 * a key queued twice is processed once, and failures come back after an exponential
 * per-key delay on the virtual clock (5 ms doubling, capped at 1000 s).
 */
import type { Clock } from '../../common/clock';

const BASE_DELAY_S = 0.005;
const MAX_DELAY_S = 1000;

export class WorkQueue {
  private readonly queue: string[] = [];
  private head = 0;
  private readonly queued = new Set<string>();
  private readonly failures = new Map<string, number>();
  private readonly delayed = new Map<string, number>();

  /** Called when the queue goes from empty to non-empty, so the tick loop knows who has work. */
  onReady?: () => void;

  constructor(private readonly clock: Clock) {}

  add(key: string): void {
    if (this.queued.has(key)) return;
    this.queued.add(key);
    this.queue.push(key);
    if (this.len() === 1) this.onReady?.();
  }

  /** Adds the key once `seconds` of virtual time have passed (an earlier request wins). */
  addAfter(key: string, seconds: number): void {
    if (seconds <= 0) return this.add(key);
    const at = this.clock.now() + seconds * 1000;
    const existing = this.delayed.get(key);
    if (existing !== undefined && existing <= at) return;
    this.delayed.set(key, at);
    this.clock.after(seconds, () => {
      if (this.delayed.get(key) !== at) return;
      this.delayed.delete(key);
      this.add(key);
    });
  }

  addRateLimited(key: string): void {
    const n = this.failures.get(key) ?? 0;
    this.failures.set(key, n + 1);
    this.addAfter(key, Math.min(BASE_DELAY_S * 2 ** n, MAX_DELAY_S));
  }

  forget(key: string): void {
    this.failures.delete(key);
  }

  get(): string | undefined {
    if (this.head >= this.queue.length) return undefined;
    const key = this.queue[this.head++];
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    this.queued.delete(key);
    return key;
  }

  len(): number {
    return this.queue.length - this.head;
  }
}
