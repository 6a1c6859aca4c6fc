/**
 * ControllerExpectations: after a controller asks for N creations (or deletions of these pods),
 * it does not act on the same owner again until the informer has seen them, or five minutes
 * have passed — otherwise a stale cache would make it create the same pods twice. Here the
 * cache is updated inside the write, so expectations are mostly met at once; a failed create
 * lowers them by hand.
 */
import type { Clock } from '../../../common/clock';

const EXPECTATIONS_TIMEOUT_MS = 5 * 60 * 1000;

interface Expectation {
  add: number;
  /** Keys of the pods whose deletion is awaited (UIDTrackingControllerExpectations). */
  deletes: Set<string>;
  timestamp: number;
}

export class ControllerExpectations {
  private readonly byKey = new Map<string, Expectation>();

  constructor(private readonly clock: Clock) {}

  satisfiedExpectations(key: string): boolean {
    const e = this.byKey.get(key);
    if (!e) return true;
    if (e.add <= 0 && e.deletes.size === 0) return true;
    return this.clock.now() - e.timestamp > EXPECTATIONS_TIMEOUT_MS;
  }

  expectCreations(key: string, adds: number): void {
    this.byKey.set(key, { add: adds, deletes: new Set(), timestamp: this.clock.now() });
  }

  expectDeletions(key: string, podKeys: readonly string[]): void {
    this.byKey.set(key, { add: 0, deletes: new Set(podKeys), timestamp: this.clock.now() });
  }

  creationObserved(key: string): void {
    const e = this.byKey.get(key);
    if (e) e.add--;
  }

  deletionObserved(key: string, podKey: string): void {
    this.byKey.get(key)?.deletes.delete(podKey);
  }

  deleteExpectations(key: string): void {
    this.byKey.delete(key);
  }
}
