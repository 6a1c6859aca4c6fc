/**
 * The waiting room of the scheduling queue: pods that failed wait, unschedulable, until a
 * cluster event that could help (a node added or changed, a pod freeing room) moves them back,
 * and even then not before their backoff (1 s doubling to 10 s) runs out. Pods nothing has
 * moved are retried after 5 minutes anyway (podMaxInUnschedulablePodsDuration).
 */
import type { Clock } from '../../common/clock';
import type { WorkQueue } from '../client/workQueue';

const INITIAL_BACKOFF_S = 1;
const MAX_BACKOFF_S = 10;
const MAX_IN_UNSCHEDULABLE_PODS_S = 5 * 60;

/** calculateBackoffDuration: 1 s for the first failure, doubling, capped at 10 s. */
export function backoffSeconds(attempts: number): number {
  let d = INITIAL_BACKOFF_S;
  for (let i = 1; i < attempts && d < MAX_BACKOFF_S; i++) d *= 2;
  return Math.min(d, MAX_BACKOFF_S);
}

interface Entry {
  attempts: number;
  backoffExpiryMs: number;
  /** The plugins that rejected it: only events those plugins care about move it. */
  plugins: ReadonlySet<string>;
  unschedulable: boolean;
}

/** A hint says whether an event could help a pod rejected by these plugins (queueing hints). */
export type QueueingHint = (plugins: ReadonlySet<string>) => boolean;

export const ANY_PLUGIN: QueueingHint = () => true;

export class SchedulingQueue {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly queue: WorkQueue,
    private readonly clock: Clock,
  ) {}

  attempts(key: string): number {
    return this.entries.get(key)?.attempts ?? 0;
  }

  /** Seconds left before the pod may be tried again; 0 when it may go now. */
  backoffRemaining(key: string): number {
    const e = this.entries.get(key);
    return e ? Math.max(0, (e.backoffExpiryMs - this.clock.now()) / 1000) : 0;
  }

  addUnschedulable(key: string, plugins: ReadonlySet<string>): void {
    const attempts = this.attempts(key) + 1;
    this.entries.set(key, { attempts, backoffExpiryMs: this.clock.now() + backoffSeconds(attempts) * 1000, plugins, unschedulable: true });
    this.queue.addAfter(key, MAX_IN_UNSCHEDULABLE_PODS_S);
  }

  /** The pod left the scheduler's hands: bound, deleted, or no longer ours. */
  done(key: string): void {
    this.entries.delete(key);
  }

  /** MoveAllToActiveOrBackoffQueue: requeues the waiting pods this event may help. */
  moveAllToActiveOrBackoff(hint: QueueingHint): void {
    for (const [key, e] of this.entries) {
      if (!e.unschedulable || !hint(e.plugins)) continue;
      e.unschedulable = false;
      this.queue.addAfter(key, this.backoffRemaining(key));
    }
  }

  /** A pod picked for a cycle is no longer waiting for an event. */
  activate(key: string): void {
    const e = this.entries.get(key);
    if (e) e.unschedulable = false;
  }
}
