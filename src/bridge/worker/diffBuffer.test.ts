import { describe, expect, it } from 'vitest';
import type { PodView } from './clusterViews';
import { DiffBuffer, squash, type Change, type ChangeType } from './diffBuffer';

function pod(uid: string, status = 'Pending'): PodView {
  return { kind: 'Pod', uid, name: uid, namespace: 'default', labels: {}, owners: [], nodeName: '', status, ready: '0/1', restarts: 0, phase: 'Pending', deleting: false };
}

describe('squash', () => {
  const v1 = pod('a', 'Pending');
  const v2 = pod('a', 'Running');
  const cases: { name: string; prev: Change | undefined; type: ChangeType; want: Change | undefined }[] = [
    { name: 'new object is added', prev: undefined, type: 'ADDED', want: { op: 'added', view: v2 } },
    { name: 'change to a known object is an update', prev: undefined, type: 'MODIFIED', want: { op: 'updated', view: v2 } },
    { name: 'deletion of a known object is a removal', prev: undefined, type: 'DELETED', want: { op: 'removed' } },
    { name: 'added then modified stays added, with the latest view', prev: { op: 'added', view: v1 }, type: 'MODIFIED', want: { op: 'added', view: v2 } },
    { name: 'added then deleted is nothing', prev: { op: 'added', view: v1 }, type: 'DELETED', want: undefined },
    { name: 'updated then modified keeps the latest view', prev: { op: 'updated', view: v1 }, type: 'MODIFIED', want: { op: 'updated', view: v2 } },
    { name: 'updated then deleted is a removal', prev: { op: 'updated', view: v1 }, type: 'DELETED', want: { op: 'removed' } },
    { name: 'removed then added again is an update of what the page holds', prev: { op: 'removed' }, type: 'ADDED', want: { op: 'updated', view: v2 } },
  ];
  it.each(cases)('$name', ({ prev, type, want }) => {
    expect(squash(prev, type, v2)).toEqual(want);
  });
});

describe('DiffBuffer', () => {
  it('lists each uid once, in the list that matches its squashed change', () => {
    const b = new DiffBuffer();
    b.record('ADDED', pod('a'));
    b.record('MODIFIED', pod('a', 'Running'));
    b.record('MODIFIED', pod('b', 'Running'));
    b.record('DELETED', pod('c'));
    b.record('ADDED', pod('d'));
    b.record('DELETED', pod('d'));
    expect(b.take()).toEqual({ added: [pod('a', 'Running')], updated: [pod('b', 'Running')], removed: ['c'] });
    expect(b.isEmpty()).toBe(true);
  });

  it('takes at most `limit` changes and keeps the rest for the next message', () => {
    const b = new DiffBuffer();
    for (const uid of ['a', 'b', 'c']) b.record('ADDED', pod(uid));
    expect(b.take(2).added.map((p) => p.uid)).toEqual(['a', 'b']);
    expect(b.take(2).added.map((p) => p.uid)).toEqual(['c']);
    expect(b.isEmpty()).toBe(true);
  });
});
