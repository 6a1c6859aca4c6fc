/**
 * A small in-memory ClusterClient for command tests until the simulation's TestCluster is ready:
 * objects by resource/namespace/name, resourceVersions, equality label selectors, merge patches,
 * watches and canned logs. It records every write so tests can assert on what kubectl sent.
 */
import { ApiError } from '../sim';
import type { ClusterClient, KubeObject, ListOptions, ResourceRef, Stored, WatchEvent, WriteOptions, DeleteOptions, LogOptions, ExecOptions, ExecResult } from '../sim';

type Listener = { key: string; opts: ListOptions; fn: (e: WatchEvent) => void };

export interface RecordedAction {
  verb: 'create' | 'update' | 'patch' | 'delete' | 'createSubresource';
  resource: string;
  namespace?: string;
  name: string;
  body?: unknown;
  opts?: unknown;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const refKey = (r: ResourceRef) => (r.group ? `${r.resource}.${r.group}` : r.resource);
const CLUSTER_SCOPED = new Set(['namespaces', 'nodes']);

function notFound(r: ResourceRef, name: string): ApiError {
  return new ApiError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', reason: 'NotFound', code: 404, message: `${refKey(r)} "${name}" not found`, details: { name, kind: r.resource } });
}

function alreadyExists(r: ResourceRef, name: string): ApiError {
  return new ApiError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', reason: 'AlreadyExists', code: 409, message: `${refKey(r)} "${name}" already exists`, details: { name, kind: r.resource } });
}

/** `a=b,c!=d` only: enough for the commands under test. */
export function matchesSelector(labels: Record<string, string> | undefined, selector: string | undefined): boolean {
  if (!selector) return true;
  return selector.split(',').every((req) => {
    const ne = req.split('!=');
    if (ne.length === 2) return (labels ?? {})[ne[0].trim()] !== ne[1].trim();
    const [k, v] = req.split('=').map((s) => s.trim());
    return v === undefined ? k in (labels ?? {}) : (labels ?? {})[k] === v;
  });
}

type Json = Record<string, unknown>;
const isMap = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** RFC 7386 merge; with `byName`, lists of named objects merge element-wise (strategic-ish). */
function mergePatch(target: unknown, patch: unknown, byName = false): unknown {
  if (byName && Array.isArray(patch) && Array.isArray(target) && patch.every((p) => isMap(p) && typeof p.name === 'string')) {
    const out = [...target];
    for (const p of patch as Json[]) {
      const i = out.findIndex((t) => isMap(t) && t.name === p.name);
      if (i < 0) out.push(p);
      else out[i] = mergePatch(out[i], p, byName);
    }
    return out;
  }
  if (!isMap(patch)) return patch;
  const out: Json = isMap(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v, byName);
  }
  return out;
}

/** The `replace`/`add` operations of RFC 6902, enough for `rollout undo`. */
function jsonPatch(target: unknown, ops: { op: string; path: string; value?: unknown }[]): unknown {
  const doc = clone(target) as Json;
  for (const op of ops) {
    const keys = op.path.split('/').slice(1);
    const last = keys.pop() as string;
    let cur: Json = doc;
    for (const k of keys) cur = (cur[k] ??= {}) as Json;
    if (op.op === 'remove') delete cur[last];
    else cur[last] = op.value;
  }
  return doc;
}

export class FakeClient implements ClusterClient {
  readonly actions: RecordedAction[] = [];
  readonly logText = new Map<string, string>();
  /** `namespace/pod` → what running a command there returns. */
  readonly execHandlers = new Map<string, (opts: ExecOptions) => ExecResult>();
  private readonly objects = new Map<string, Stored>();
  private readonly listeners = new Set<Listener>();
  private rv = 100;
  private uid = 0;

  constructor(private readonly clock: () => number = () => Date.UTC(2024, 0, 1)) {}

  private path(r: ResourceRef, namespace: string | undefined, name: string): string {
    return `${refKey(r)}/${CLUSTER_SCOPED.has(r.resource) ? '' : (namespace ?? 'default')}/${name}`;
  }

  private emit(r: ResourceRef, type: WatchEvent['type'], obj: Stored): void {
    for (const l of this.listeners) {
      const ns = l.opts.namespace;
      if (l.key === refKey(r) && (!ns || obj.metadata.namespace === ns) && matchesSelector(obj.metadata.labels, l.opts.labelSelector)) l.fn({ type, object: obj });
    }
  }

  /** Stores an object as if a controller had written it; no action is recorded. */
  seed<T extends object>(r: ResourceRef, obj: T): Stored<T> {
    const o = clone(obj) as KubeObject;
    const given = o.metadata ?? {};
    const meta: Record<string, unknown> = {
      ...given,
      uid: given.uid ?? `uid-${++this.uid}`,
      creationTimestamp: given.creationTimestamp ?? new Date(this.clock()).toISOString().replace(/\.\d+Z$/, 'Z'),
      resourceVersion: String(++this.rv),
    };
    if (CLUSTER_SCOPED.has(r.resource)) delete meta.namespace;
    else meta.namespace = given.namespace ?? 'default';
    o.metadata = meta;
    const stored = o as Stored<T>;
    const key = this.path(r, meta.namespace as string | undefined, (meta.name as string) ?? '');
    const existed = this.objects.has(key);
    this.objects.set(key, stored as Stored);
    this.emit(r, existed ? 'MODIFIED' : 'ADDED', stored as Stored);
    return stored;
  }

  remove(r: ResourceRef, name: string, namespace?: string): void {
    const key = this.path(r, namespace, name);
    const obj = this.objects.get(key);
    if (!obj) return;
    this.objects.delete(key);
    this.emit(r, 'DELETED', obj);
  }

  get<T extends object>(r: ResourceRef, name: string, opts?: { namespace?: string }): Stored<T> {
    const obj = this.objects.get(this.path(r, opts?.namespace, name));
    if (!obj) throw notFound(r, name);
    return clone(obj) as Stored<T>;
  }

  list<T extends object>(r: ResourceRef, opts: ListOptions = {}) {
    const prefix = `${refKey(r)}/`;
    const items = [...this.objects.entries()]
      .filter(([k, o]) => k.startsWith(prefix) && (!opts.namespace || o.metadata.namespace === opts.namespace) && matchesSelector(o.metadata.labels, opts.labelSelector))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, o]) => clone(o) as Stored<T>);
    return { apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: String(this.rv) }, items };
  }

  create<T extends object>(r: ResourceRef, obj: T, opts: WriteOptions = {}): Stored<T> {
    const o = obj as KubeObject;
    const name = o.metadata?.name ?? '';
    const namespace = opts.namespace ?? o.metadata?.namespace;
    this.actions.push({ verb: 'create', resource: refKey(r), namespace, name, body: obj, opts });
    if (this.objects.has(this.path(r, namespace, name))) throw alreadyExists(r, name);
    const copy = clone(o);
    const { creationTimestamp: _ignored, ...meta } = copy.metadata ?? {};
    copy.metadata = { ...meta, namespace };
    if (opts.dryRun) return copy as Stored<T>;
    return this.seed(r, copy) as Stored<T>;
  }

  update<T extends object>(r: ResourceRef, obj: T, opts: WriteOptions = {}): Stored<T> {
    const o = obj as KubeObject;
    const name = o.metadata?.name ?? '';
    const namespace = opts.namespace ?? o.metadata?.namespace;
    this.actions.push({ verb: 'update', resource: refKey(r), namespace, name, body: obj, opts });
    this.get(r, name, { namespace });
    return this.seed(r, { ...o, metadata: { ...o.metadata, namespace } }) as Stored<T>;
  }

  patch<T extends object>(r: ResourceRef, name: string, type: string, patch: unknown, opts: WriteOptions = {}): Stored<T> {
    this.actions.push({ verb: 'patch', resource: refKey(r), namespace: opts.namespace, name, body: patch, opts: { ...opts, type } });
    const current = this.get(r, name, { namespace: opts.namespace });
    const next = (type === 'json' ? jsonPatch(current, patch as never) : mergePatch(current, patch, type === 'strategic')) as KubeObject;
    // Like the API server, a patch that changes nothing writes nothing.
    if (opts.dryRun || JSON.stringify(next) === JSON.stringify(current)) return next as Stored<T>;
    return this.seed(r, next) as Stored<T>;
  }

  delete<T extends object>(r: ResourceRef, name: string, opts: DeleteOptions = {}): Stored<T> {
    this.actions.push({ verb: 'delete', resource: refKey(r), namespace: opts.namespace, name, opts });
    const current = this.get<T>(r, name, { namespace: opts.namespace });
    if (!opts.dryRun) this.remove(r, name, opts.namespace);
    return current;
  }

  watch<T extends object>(r: ResourceRef, opts: ListOptions & { sendInitialEvents?: boolean }, onEvent: (e: WatchEvent<T>) => void) {
    if (opts.sendInitialEvents) for (const o of this.list<T>(r, opts).items) onEvent({ type: 'ADDED', object: o });
    const l: Listener = { key: refKey(r), opts, fn: onEvent as (e: WatchEvent) => void };
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  createSubresource(r: ResourceRef, name: string, subresource: string, body: object, opts: WriteOptions = {}): KubeObject {
    this.actions.push({ verb: 'createSubresource', resource: `${refKey(r)}/${subresource}`, namespace: opts.namespace, name, body, opts });
    if (subresource === 'eviction') this.delete(r, name, { namespace: opts.namespace });
    return body as KubeObject;
  }

  exec(namespace: string, pod: string, opts: ExecOptions): ExecResult {
    const handler = this.execHandlers.get(`${namespace}/${pod}`);
    if (!handler) throw notFound({ group: '', resource: 'pods' }, pod);
    return handler(opts);
  }

  serveNode(): void {
    throw new Error('kubectl never registers node servers');
  }

  logs(namespace: string, pod: string, opts: LogOptions = {}): string {
    const text = this.logText.get(`${namespace}/${pod}/${opts.container ?? ''}`) ?? this.logText.get(`${namespace}/${pod}`);
    if (text === undefined) throw notFound({ group: '', resource: 'pods' }, pod);
    if (opts.tailLines === undefined) return text;
    const lines = text.split('\n').filter((l, i, all) => i < all.length - 1 || l !== '');
    return lines.slice(Math.max(0, lines.length - opts.tailLines)).map((l) => `${l}\n`).join('');
  }
}
