import { describe, expect, it } from 'vitest';
import type { FeedMessage, NodeView, ObjectView, PodView } from './clusterViews';
import type { FrameTimer } from './clusterFeed';
import { createSimApi } from './simApi';

/** Collects the feed into a map, as the page's store does, firing frames by hand. */
function follow() {
  const frames: (() => void)[] = [];
  const frameTimer: FrameTimer = { schedule: (fn) => frames.push(fn) };
  const api = createSimApi({ seed: 7, frameTimer });
  const objects = new Map<string, ObjectView>();
  const messages: FeedMessage[] = [];
  api.subscribe((m) => {
    messages.push(m);
    if (m.type === 'snapshot') objects.clear();
    for (const o of m.type === 'snapshot' ? m.objects : [...m.added, ...m.updated]) objects.set(o.uid, o);
    if (m.type === 'diff') for (const uid of m.removed) objects.delete(uid);
  });
  const drain = () => {
    while (frames.length) frames.shift()!();
  };
  const pods = (prefix: string) => [...objects.values()].filter((o): o is PodView => o.kind === 'Pod' && o.name.startsWith(prefix));
  return { api, objects, messages, drain, pods };
}

describe('SimApi feed over a real cluster', () => {
  it('starts with Ready nodes and follows a Deployment to Running pods', async () => {
    const { api, objects, drain, pods } = follow();
    const nodes = [...objects.values()].filter((o): o is NodeView => o.kind === 'Node');
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.ready)).toBe(true);
    await api.exec('kubectl create deployment web --image=nginx --replicas=3');
    drain();
    expect(pods('web-').map((p) => [p.status, p.ready, p.nodeName !== ''])).toEqual([
      ['Running', '1/1', true],
      ['Running', '1/1', true],
      ['Running', '1/1', true],
    ]);
    expect([...objects.values()].some((o) => o.kind === 'ReplicaSet' && o.owners[0]?.kind === 'Deployment')).toBe(true);
  });

  it('keeps each message small', async () => {
    const { api, messages, drain } = follow();
    await api.exec('kubectl create deployment big --image=nginx --replicas=30');
    drain();
    const diffs = messages.filter((m) => m.type === 'diff');
    expect(diffs.length).toBeGreaterThan(1);
    for (const m of diffs) expect(JSON.stringify(m).length).toBeLessThan(12 * 1024);
  });

  it('sends a fresh snapshot after reset', async () => {
    const { api, messages, drain, pods } = follow();
    await api.exec('kubectl create deployment web --image=nginx --replicas=1');
    drain();
    api.reset();
    expect(messages.at(-1)?.type).toBe('snapshot');
    expect(pods('web-')).toEqual([]);
  });
});
