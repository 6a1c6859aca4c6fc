import { describe, expect, it } from 'vitest';
import type { ClusterClient, KubeObject, ResourceRef, WatchEvent } from '../../sim';
import { ClusterFeed, FEED_RESOURCES, FRAME_MS, type FrameTimer } from './clusterFeed';
import type { FeedMessage, PodView } from './clusterViews';

/** Just enough of the API for the feed: list and watch, with a way to emit events. */
function fakeClient(initialPods: KubeObject[]) {
  const watchers: { resource: string; fn: (e: WatchEvent) => void }[] = [];
  const client = {
    list: (r: ResourceRef) => ({ apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '10' }, items: r.resource === 'pods' ? initialPods : [] }),
    watch: (r: ResourceRef, _opts: unknown, fn: (e: WatchEvent) => void) => {
      const w = { resource: r.resource, fn };
      watchers.push(w);
      return () => watchers.splice(watchers.indexOf(w), 1);
    },
  } as unknown as ClusterClient;
  const emit = (type: WatchEvent['type'], obj: KubeObject) => {
    for (const w of watchers.filter((x) => x.resource === 'pods')) w.fn({ type, object: obj as WatchEvent['object'] });
  };
  return { client, emit, watcherCount: () => watchers.length };
}

function manualTimer() {
  const queue: { fn: () => void; ms: number }[] = [];
  const timer: FrameTimer = { schedule: (fn, ms) => queue.push({ fn, ms }) };
  return { timer, queue, fire: () => queue.splice(0).forEach((t) => t.fn()) };
}

const podObj = (uid: string, phase: string, extra: Record<string, unknown> = {}): KubeObject => ({
  kind: 'Pod',
  metadata: { name: `web-${uid}`, namespace: 'default', uid, resourceVersion: '1', creationTimestamp: '2024-06-01T00:00:00Z', labels: { app: 'web' } },
  spec: { containers: [{ name: 'nginx', image: 'nginx' }], ...extra },
  status: { phase },
});

function setup(initial: KubeObject[] = []) {
  const api = fakeClient(initial);
  const t = manualTimer();
  const feed = new ClusterFeed(api.client, () => 0, t.timer);
  const got: FeedMessage[] = [];
  feed.subscribe((m) => got.push(m));
  return { ...api, ...t, feed, got };
}

describe('ClusterFeed', () => {
  it('sends a snapshot of slim views on subscribe', () => {
    const { got } = setup([podObj('a', 'Running')]);
    expect(got).toHaveLength(1);
    expect(got[0].type).toBe('snapshot');
    const [view] = (got[0] as { objects: PodView[] }).objects;
    expect(view).toMatchObject({ kind: 'Pod', uid: 'a', name: 'web-a', namespace: 'default', status: 'Running', nodeName: '', labels: { app: 'web' } });
    expect(view).not.toHaveProperty('spec');
  });

  it('coalesces events into one diff per frame', () => {
    const { emit, got, queue, fire } = setup();
    emit('ADDED', podObj('a', 'Pending'));
    emit('MODIFIED', podObj('a', 'Pending', { nodeName: 'minikube' }));
    emit('ADDED', podObj('b', 'Pending'));
    expect(got).toHaveLength(1);
    expect(queue).toHaveLength(1);
    expect(queue[0].ms).toBe(FRAME_MS);
    fire();
    expect(got).toHaveLength(2);
    const diff = got[1] as Extract<FeedMessage, { type: 'diff' }>;
    expect(diff.added.map((p) => [p.uid, (p as PodView).nodeName])).toEqual([
      ['a', 'minikube'],
      ['b', ''],
    ]);
    expect(diff.updated).toEqual([]);
  });

  it('stays silent about changes the page cannot see', () => {
    const { emit, got, queue } = setup([podObj('a', 'Running')]);
    emit('MODIFIED', { ...podObj('a', 'Running'), metadata: { ...podObj('a', 'Running').metadata, resourceVersion: '2' } });
    expect(queue).toHaveLength(0);
    expect(got).toHaveLength(1);
  });

  it('reports deletions by uid', () => {
    const { emit, got, fire } = setup([podObj('a', 'Running')]);
    emit('DELETED', podObj('a', 'Running'));
    fire();
    expect(got[1]).toEqual({ type: 'diff', added: [], updated: [], removed: ['a'] });
  });

  it('gives a late subscriber the current state, and the early one its pending diff first', () => {
    const { feed, emit, got } = setup();
    emit('ADDED', podObj('a', 'Pending'));
    const late: FeedMessage[] = [];
    feed.subscribe((m) => late.push(m));
    expect(got.map((m) => m.type)).toEqual(['snapshot', 'diff']);
    expect(late).toHaveLength(1);
    expect((late[0] as { objects: PodView[] }).objects.map((o) => o.uid)).toEqual(['a']);
  });

  it('stops watching when disposed', () => {
    const { feed, watcherCount } = setup();
    expect(watcherCount()).toBe(FEED_RESOURCES.length);
    feed.dispose();
    expect(watcherCount()).toBe(0);
  });
});
