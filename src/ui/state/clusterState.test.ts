import { describe, expect, it } from 'vitest';
import type { EventView, NodeView, PodView } from '../../bridge/main/types';
import { applyFeedMessage, EMPTY_CLUSTER, MAX_EVENTS } from './clusterState';

const pod = (uid: string, status = 'Running'): PodView => ({ kind: 'Pod', uid, name: uid, namespace: 'default', labels: {}, owners: [], nodeName: 'minikube', status, ready: '1/1', restarts: 0, phase: 'Running', deleting: false });
const node = (uid: string): NodeView => ({ kind: 'Node', uid, name: uid, namespace: '', labels: {}, owners: [], status: 'Ready', ready: true, unschedulable: false, roles: [] });
const event = (uid: string, lastSeen: number): EventView => ({ kind: 'Event', uid, name: uid, namespace: 'default', labels: {}, owners: [], type: 'Normal', reason: 'Pulled', message: '', count: 1, lastSeen, involved: { kind: 'Pod', name: 'x', namespace: 'default', uid: 'x' } });

describe('applyFeedMessage', () => {
  it('replaces everything with a snapshot, sorted into buckets by kind', () => {
    const s = applyFeedMessage({ ...EMPTY_CLUSTER, pods: { old: pod('old') } }, { type: 'snapshot', objects: [pod('a'), node('n')] });
    expect(Object.keys(s.pods)).toEqual(['a']);
    expect(Object.keys(s.nodes)).toEqual(['n']);
  });

  it('applies added, updated and removed, keeping untouched buckets identical', () => {
    const s0 = applyFeedMessage(EMPTY_CLUSTER, { type: 'snapshot', objects: [pod('a'), pod('b'), node('n')] });
    const s1 = applyFeedMessage(s0, { type: 'diff', added: [pod('c', 'Pending')], updated: [pod('a', 'Terminating')], removed: ['b'] });
    expect(Object.keys(s1.pods).sort()).toEqual(['a', 'c']);
    expect(s1.pods.a.status).toBe('Terminating');
    expect(s1.nodes).toBe(s0.nodes);
    expect(s0.pods.b).toBeDefined();
  });

  it('returns the same state for an empty diff', () => {
    const s0 = applyFeedMessage(EMPTY_CLUSTER, { type: 'snapshot', objects: [pod('a')] });
    expect(applyFeedMessage(s0, { type: 'diff', added: [], updated: [], removed: ['unknown'] })).toBe(s0);
  });

  it('keeps only the latest events', () => {
    const many = Array.from({ length: MAX_EVENTS + 5 }, (_, i) => event(`e${i}`, i));
    const s = applyFeedMessage(EMPTY_CLUSTER, { type: 'snapshot', objects: many });
    expect(Object.keys(s.events)).toHaveLength(MAX_EVENTS);
    expect(s.events.e0).toBeUndefined();
    expect(s.events[`e${MAX_EVENTS + 4}`]).toBeDefined();
  });
});
