/**
 * Informers: list once, then follow the watch, keeping a local cache that controllers read
 * instead of asking the API server (observe without load), with handlers that enqueue work.
 */
import type { KubeObject, Stored } from '../api/types';
import type { ClusterClient, ListOptions, ResourceRef } from './types';

export interface EventHandler<T extends object = KubeObject> {
  onAdd?(obj: Stored<T>): void;
  onUpdate?(oldObj: Stored<T>, newObj: Stored<T>): void;
  onDelete?(obj: Stored<T>): void;
}

export type IndexFunc<T extends object = KubeObject> = (obj: Stored<T>) => string[];

export const keyOf = (o: { metadata?: { namespace?: string; name?: string } }) =>
  o.metadata?.namespace ? `${o.metadata.namespace}/${o.metadata.name}` : (o.metadata?.name ?? '');

export function splitKey(key: string): { namespace: string; name: string } {
  const i = key.indexOf('/');
  return i < 0 ? { namespace: '', name: key } : { namespace: key.slice(0, i), name: key.slice(i + 1) };
}

export class Informer<T extends object = KubeObject> {
  private readonly cache = new Map<string, Stored<T>>();
  private readonly handlers: EventHandler<T>[] = [];
  private readonly indexers = new Map<string, { fn: IndexFunc<T>; index: Map<string, Set<string>> }>();
  private started = false;

  constructor(
    private readonly client: ClusterClient,
    readonly resource: ResourceRef,
    private readonly opts: ListOptions = {},
  ) {}

  /** Adds an index (e.g. pods by node); the first registration of a name wins, so components can share it. */
  addIndexer(name: string, fn: IndexFunc<T>): void {
    if (this.indexers.has(name)) return;
    const entry = { fn, index: new Map<string, Set<string>>() };
    this.indexers.set(name, entry);
    for (const [key, obj] of this.cache) {
      for (const v of fn(obj)) {
        let s = entry.index.get(v);
        if (!s) entry.index.set(v, (s = new Set()));
        s.add(key);
      }
    }
  }

  addHandler(h: EventHandler<T>): void {
    this.handlers.push(h);
    if (this.started) for (const o of this.cache.values()) h.onAdd?.(o);
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    const list = this.client.list<T>(this.resource, this.opts);
    for (const o of list.items) this.upsert(o);
    this.client.watch<T>(this.resource, { ...this.opts, resourceVersion: list.metadata.resourceVersion }, (e) => {
      if (e.type === 'DELETED') this.remove(e.object);
      else if (e.type === 'ADDED' || e.type === 'MODIFIED') this.upsert(e.object);
    });
  }

  get(namespace: string, name: string): Stored<T> | undefined {
    return this.cache.get(namespace ? `${namespace}/${name}` : name);
  }

  getByKey(key: string): Stored<T> | undefined {
    return this.cache.get(key);
  }

  list(namespace?: string): Stored<T>[] {
    const all = [...this.cache.values()];
    return namespace === undefined ? all : all.filter((o) => (o.metadata.namespace ?? '') === namespace);
  }

  byIndex(indexName: string, value: string): Stored<T>[] {
    const keys = this.indexers.get(indexName)?.index.get(value);
    if (!keys) return [];
    return [...keys].map((k) => this.cache.get(k)!).filter(Boolean);
  }

  size(): number {
    return this.cache.size;
  }

  private upsert(obj: Stored<T>): void {
    const key = keyOf(obj);
    const old = this.cache.get(key);
    if (old) this.unindex(key, old);
    this.cache.set(key, obj);
    this.index(key, obj);
    for (const h of this.handlers) {
      if (old) h.onUpdate?.(old, obj);
      else h.onAdd?.(obj);
    }
  }

  private remove(obj: Stored<T>): void {
    const key = keyOf(obj);
    const old = this.cache.get(key);
    if (!old) return;
    this.unindex(key, old);
    this.cache.delete(key);
    for (const h of this.handlers) h.onDelete?.(obj);
  }

  private index(key: string, obj: Stored<T>): void {
    for (const { fn, index } of this.indexers.values()) {
      for (const v of fn(obj)) {
        let s = index.get(v);
        if (!s) index.set(v, (s = new Set()));
        s.add(key);
      }
    }
  }

  private unindex(key: string, obj: Stored<T>): void {
    for (const { fn, index } of this.indexers.values()) for (const v of fn(obj)) index.get(v)?.delete(key);
  }
}

/** One informer per resource, shared by every controller that reads it. */
export class SharedInformerFactory {
  private readonly informers = new Map<string, Informer>();

  constructor(private readonly client: ClusterClient) {}

  for<T extends object = KubeObject>(resource: ResourceRef): Informer<T> {
    const k = `${resource.group}/${resource.resource}`;
    let inf = this.informers.get(k);
    if (!inf) this.informers.set(k, (inf = new Informer(this.client, resource)));
    return inf as unknown as Informer<T>;
  }

  start(): void {
    for (const inf of this.informers.values()) inf.start();
  }
}
