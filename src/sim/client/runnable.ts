/**
 * Anything the tick loop drives: a controller, the scheduler, a kubelet. Each owns a work queue
 * of keys and a sync function — one reconcile per key: observe → diff → act.
 */
import type { WorkQueue } from './workQueue';

export interface Runnable {
  readonly name: string;
  readonly queue: WorkQueue;
  /** Reconciles one key. Throwing requeues the key with backoff. */
  sync(key: string): void;
}

/** Processes what is queued now (not what this pass adds); returns how many keys it handled. */
export function processQueue(r: Runnable, onError?: (key: string, e: unknown) => void): number {
  let n = r.queue.len();
  let done = 0;
  while (n-- > 0) {
    const key = r.queue.get();
    if (key === undefined) break;
    done++;
    try {
      r.sync(key);
      r.queue.forget(key);
    } catch (e) {
      onError?.(key, e);
      r.queue.addRateLimited(key);
    }
  }
  return done;
}
