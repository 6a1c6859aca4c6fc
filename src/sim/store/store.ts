/**
 * The cluster's only mutable state, in the role etcd plays for kube-apiserver. Objects are
 * deep-frozen once stored; every write bumps one global resourceVersion and appends to a bounded
 * event log, so a watch can resume from any version the log still holds (older: 410 Gone).
 *
 * Events reach watchers through one queue in resourceVersion order, even when a watcher's
 * handler writes again (that write's event is delivered after the current one finishes).
 */
import type { KubeObject, Stored, WatchEvent, WatchEventType } from '../api/types';
import { deepFreeze } from './freeze';

export interface StoreWatchFilter {
  namespace?: string;
  /** Only pods bound to this node: indexed, so a thousand kubelets don't each see every pod. */
  nodeName?: string;
  filter?: (obj: Stored) => boolean;
}

interface Watcher extends StoreWatchFilter {
  key: string;
  handler: (e: WatchEvent) => void;
  closed: boolean;
}

interface LoggedEvent {
  rv: number;
  key: string;
  type: WatchEventType;
  object: Stored;
  /** The object before a MODIFIED write, so filtered watches can tell entering from leaving. */
  previous?: Stored;
}

export class TooOldResourceVersion extends Error {
  constructor(
    readonly requested: number,
    readonly oldest: number,
  ) {
    super(`too old resource version: ${requested} (${oldest})`);
  }
}

const nodeOf = (o: KubeObject | undefined): string | undefined => (o?.spec as { nodeName?: string } | undefined)?.nodeName || undefined;

export class Store {
  private rv = 0;
  private readonly collections = new Map<string, Map<string, Map<string, Stored>>>();
  private readonly log: LoggedEvent[] = [];
  private logStart = 0;
  private readonly watchers = new Map<string, Set<Watcher>>();
  private readonly nodeWatchers = new Map<string, Set<Watcher>>();
  private readonly pending: LoggedEvent[] = [];
  private delivering = false;

  constructor(private readonly logCapacity = 50_000) {}

  resourceVersion(): number {
    return this.rv;
  }

  get(key: string, namespace: string, name: string): Stored | undefined {
    return this.collections.get(key)?.get(namespace)?.get(name);
  }

  /** Objects in namespace order then name order, as etcd's key order lists them. */
  list(key: string, namespace?: string): Stored[] {
    const byNs = this.collections.get(key);
    if (!byNs) return [];
    const spaces = namespace !== undefined ? [namespace] : [...byNs.keys()].sort();
    const out: Stored[] = [];
    for (const ns of spaces) {
      const names = byNs.get(ns);
      if (!names) continue;
      for (const name of [...names.keys()].sort()) out.push(names.get(name)!);
    }
    return out;
  }

  count(key: string, namespace?: string): number {
    const byNs = this.collections.get(key);
    if (!byNs) return 0;
    if (namespace !== undefined) return byNs.get(namespace)?.size ?? 0;
    let n = 0;
    for (const names of byNs.values()) n += names.size;
    return n;
  }

  /** Stores a new object; the caller has checked it does not exist. */
  create<T extends KubeObject>(key: string, obj: T): Stored<T> {
    return this.write(key, obj, 'ADDED') as Stored<T>;
  }

  update<T extends KubeObject>(key: string, obj: T): Stored<T> {
    return this.write(key, obj, 'MODIFIED') as Stored<T>;
  }

  remove(key: string, namespace: string, name: string): Stored | undefined {
    const names = this.collections.get(key)?.get(namespace);
    const old = names?.get(name);
    if (!names || !old) return undefined;
    names.delete(name);
    const rv = ++this.rv;
    const gone = deepFreeze({ ...old, metadata: { ...old.metadata, resourceVersion: String(rv) } }) as Stored;
    this.emit({ rv, key, type: 'DELETED', object: gone });
    return gone;
  }

  /**
   * Subscribes to changes of one collection. With `fromRV`, first replays logged events after it
   * (throws TooOldResourceVersion when the log no longer reaches back that far).
   */
  watch(key: string, opts: StoreWatchFilter, fromRV: number | undefined, handler: (e: WatchEvent) => void): () => void {
    const w: Watcher = { ...opts, key, handler, closed: false };
    if (fromRV !== undefined && fromRV < this.rv) {
      const oldest = this.log.length ? this.log[0].rv - 1 : this.rv;
      if (fromRV < oldest) throw new TooOldResourceVersion(fromRV, oldest);
      for (const e of this.log) if (e.rv > fromRV && e.key === key) this.dispatchTo(w, e);
    }
    const set = opts.nodeName !== undefined ? this.index(this.nodeWatchers, `${key}|${opts.nodeName}`) : this.index(this.watchers, key);
    set.add(w);
    return () => {
      w.closed = true;
      set.delete(w);
    };
  }

  private index(map: Map<string, Set<Watcher>>, k: string): Set<Watcher> {
    let s = map.get(k);
    if (!s) map.set(k, (s = new Set()));
    return s;
  }

  private write(key: string, obj: KubeObject, type: 'ADDED' | 'MODIFIED'): Stored {
    const rv = ++this.rv;
    const meta = obj.metadata ?? {};
    const ns = meta.namespace ?? '';
    const stored = deepFreeze({ ...obj, metadata: { ...meta, resourceVersion: String(rv) } }) as Stored;
    let byNs = this.collections.get(key);
    if (!byNs) this.collections.set(key, (byNs = new Map()));
    let names = byNs.get(ns);
    if (!names) byNs.set(ns, (names = new Map()));
    const previous = names.get(stored.metadata.name);
    names.set(stored.metadata.name, stored);
    this.emit({ rv, key, type, object: stored, previous });
    return stored;
  }

  private emit(e: LoggedEvent): void {
    this.log.push(e);
    if (this.log.length > this.logCapacity) this.log.splice(0, this.log.length - this.logCapacity);
    this.pending.push(e);
    if (this.delivering) return;
    this.delivering = true;
    try {
      for (let i = 0; i < this.pending.length; i++) this.deliver(this.pending[i]);
    } finally {
      this.pending.length = 0;
      this.delivering = false;
    }
  }

  private deliver(e: LoggedEvent): void {
    const all = this.watchers.get(e.key);
    if (all) for (const w of [...all]) this.dispatchTo(w, e);
    if (!this.nodeWatchers.size) return;
    const node = nodeOf(e.object);
    const targets = new Set<string>();
    if (node) targets.add(node);
    const before = nodeOf(e.previous);
    if (before) targets.add(before);
    for (const n of targets) {
      const ws = this.nodeWatchers.get(`${e.key}|${n}`);
      if (ws) for (const w of [...ws]) this.dispatchTo(w, e);
    }
  }

  private matches(w: Watcher, o: Stored | undefined): boolean {
    if (!o) return false;
    if (w.namespace !== undefined && w.namespace !== (o.metadata.namespace ?? '')) return false;
    if (w.nodeName !== undefined && nodeOf(o) !== w.nodeName) return false;
    return !w.filter || w.filter(o);
  }

  /** A filtered watch sees an object enter (ADDED) or leave (DELETED) its view, as the API server's does. */
  private dispatchTo(w: Watcher, e: LoggedEvent): void {
    if (w.closed) return;
    const now = this.matches(w, e.object);
    if (e.type !== 'MODIFIED') {
      if (now) w.handler({ type: e.type, object: e.object });
      return;
    }
    const before = this.matches(w, e.previous);
    if (now) w.handler({ type: before ? 'MODIFIED' : 'ADDED', object: e.object });
    else if (before) w.handler({ type: 'DELETED', object: e.object });
  }
}
