import { describe, expect, it } from 'vitest';
import type { WatchEvent } from '../api/types';
import { Store, TooOldResourceVersion } from './store';

const pod = (name: string, nodeName?: string, labels?: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default', uid: name, creationTimestamp: 'x', labels },
  spec: { nodeName },
});

describe('Store', () => {
  it('bumps one global resourceVersion per write and freezes what it stores', () => {
    const s = new Store();
    const a = s.create('pods', pod('a'));
    const b = s.create('configmaps', { metadata: { name: 'b', namespace: 'default' } });
    expect([a.metadata.resourceVersion, b.metadata.resourceVersion]).toEqual(['1', '2']);
    expect(Object.isFrozen(a.metadata)).toBe(true);
    expect(() => ((a.metadata as { name: string }).name = 'z')).toThrow();
  });

  it('lists in namespace then name order', () => {
    const s = new Store();
    s.create('pods', { ...pod('b'), metadata: { ...pod('b').metadata, namespace: 'z' } });
    s.create('pods', pod('c'));
    s.create('pods', pod('a'));
    expect(s.list('pods').map((o) => `${o.metadata.namespace}/${o.metadata.name}`)).toEqual(['default/a', 'default/c', 'z/b']);
  });

  it('resumes a watch from a resourceVersion and answers too-old versions with an error', () => {
    const s = new Store(2);
    s.create('pods', pod('a'));
    s.create('pods', pod('b'));
    s.create('pods', pod('c'));
    const seen: string[] = [];
    s.watch('pods', {}, 2, (e) => seen.push(`${e.type} ${e.object.metadata.name}`));
    expect(seen).toEqual(['ADDED c']);
    expect(() => s.watch('pods', {}, 0, () => {})).toThrow(TooOldResourceVersion);
  });

  it('tells a filtered watch when an object enters and leaves its view', () => {
    const s = new Store();
    const seen: string[] = [];
    s.watch('pods', { filter: (o) => o.metadata.labels?.app === 'web' }, undefined, (e) => seen.push(e.type));
    s.create('pods', pod('a'));
    s.update('pods', pod('a', undefined, { app: 'web' }));
    s.update('pods', pod('a', undefined, { app: 'web', x: 'y' }));
    s.update('pods', pod('a'));
    expect(seen).toEqual(['ADDED', 'MODIFIED', 'DELETED']);
  });

  it('routes pod events to the kubelet watching that node only', () => {
    const s = new Store();
    const one: WatchEvent[] = [];
    const two: WatchEvent[] = [];
    s.watch('pods', { nodeName: 'n1' }, undefined, (e) => one.push(e));
    s.watch('pods', { nodeName: 'n2' }, undefined, (e) => two.push(e));
    s.create('pods', pod('a'));
    s.update('pods', pod('a', 'n1'));
    s.remove('pods', 'default', 'a');
    expect(one.map((e) => e.type)).toEqual(['ADDED', 'DELETED']);
    expect(two).toEqual([]);
  });

  it('delivers events in resourceVersion order even when a handler writes', () => {
    const s = new Store();
    const order: string[] = [];
    s.watch('pods', {}, undefined, (e) => {
      order.push(`w1:${e.object.metadata.resourceVersion}`);
      if (e.object.metadata.name === 'a') s.create('pods', pod('b'));
    });
    s.watch('pods', {}, undefined, (e) => order.push(`w2:${e.object.metadata.resourceVersion}`));
    s.create('pods', pod('a'));
    expect(order).toEqual(['w1:1', 'w2:1', 'w1:2', 'w2:2']);
  });
});
