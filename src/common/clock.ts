/**
 * Virtual time. The simulation never reads the wall clock: the host advances this clock
 * (real time × speed in the browser, as fast as possible in tests) and timers fire in
 * (time, insertion) order so the same inputs always give the same run.
 */
export interface Clock {
  /** Virtual milliseconds since the Unix epoch. */
  now(): number;
  /** Runs `fn` once virtual time reaches now + seconds. Returns a handle for cancel(). */
  after(seconds: number, fn: () => void): TimerHandle;
  cancel(handle: TimerHandle): void;
}

export type TimerHandle = number;

interface Timer {
  at: number;
  seq: number;
  fn: () => void;
}

/** A clock the host moves by hand; timers are kept in a binary heap. */
export class ManualClock implements Clock {
  private current: number;
  private readonly heap: Timer[] = [];
  private readonly cancelled = new Set<number>();
  private seq = 0;

  constructor(startMs: number) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  after(seconds: number, fn: () => void): TimerHandle {
    const timer = { at: this.current + Math.max(0, seconds) * 1000, seq: ++this.seq, fn };
    this.push(timer);
    return timer.seq;
  }

  cancel(handle: TimerHandle): void {
    this.cancelled.add(handle);
  }

  /** The virtual time of the next live timer, or undefined when none is pending. */
  nextTimerAt(): number | undefined {
    this.dropCancelled();
    return this.heap[0]?.at;
  }

  /**
   * Fires the earliest timer if it is due at or before `limitMs`, moving the clock to its time.
   * Returns false when no timer is due.
   */
  fireNext(limitMs: number): boolean {
    this.dropCancelled();
    const top = this.heap[0];
    if (!top || top.at > limitMs) return false;
    this.pop();
    if (top.at > this.current) this.current = top.at;
    top.fn();
    return true;
  }

  /** Moves time forward without firing anything (callers fire due timers first). */
  setTime(ms: number): void {
    if (ms > this.current) this.current = ms;
  }

  pendingTimers(): number {
    return this.heap.length - this.cancelled.size;
  }

  private dropCancelled(): void {
    while (this.heap.length && this.cancelled.has(this.heap[0].seq)) {
      this.cancelled.delete(this.heap[0].seq);
      this.pop();
    }
  }

  private less(a: Timer, b: Timer): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private push(t: Timer): void {
    const h = this.heap;
    h.push(t);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }

  private pop(): Timer | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l], h[m])) m = l;
        if (r < h.length && this.less(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}
