/**
 * Squashes watch events between two messages to the page: each uid ends up at most once, in the
 * one list that tells the page how to get from what it has to what is now (DESIGN.md §4).
 */
import type { FeedDiff, ObjectView } from './clusterViews';

export type Change = { op: 'added' | 'updated'; view: ObjectView } | { op: 'removed' };
export type ChangeType = 'ADDED' | 'MODIFIED' | 'DELETED';

/**
 * The pending change after `type` happens to an object whose pending change was `prev`.
 * Undefined means the page needs to hear nothing (it never saw the object, and it is gone).
 */
export function squash(prev: Change | undefined, type: ChangeType, view: ObjectView): Change | undefined {
  if (type === 'DELETED') return prev?.op === 'added' ? undefined : { op: 'removed' };
  if (prev?.op === 'added') return { op: 'added', view };
  // Once the page was told of a removal, the same uid coming back is news to an object it holds.
  if (prev === undefined && type === 'ADDED') return { op: 'added', view };
  return { op: 'updated', view };
}

export class DiffBuffer {
  private pending = new Map<string, Change>();

  record(type: ChangeType, view: ObjectView): void {
    const next = squash(this.pending.get(view.uid), type, view);
    if (next) this.pending.set(view.uid, next);
    else this.pending.delete(view.uid);
  }

  isEmpty(): boolean {
    return this.pending.size === 0;
  }

  /**
   * Up to `limit` squashed changes, oldest first; the rest wait for the next message so one
   * burst (scale to 1,000) cannot produce one huge message.
   */
  take(limit = Infinity): FeedDiff {
    const diff: FeedDiff = { added: [], updated: [], removed: [] };
    let n = 0;
    for (const [uid, change] of this.pending) {
      if (n++ >= limit) break;
      if (change.op === 'removed') diff.removed.push(uid);
      else diff[change.op].push(change.view);
      this.pending.delete(uid);
    }
    return diff;
  }
}
