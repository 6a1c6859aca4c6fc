/**
 * The garbage collector (pkg/controller/garbagecollector): deletes dependents whose owners are
 * gone (background propagation), empties an owner being deleted in the foreground before
 * releasing it, and orphans dependents when asked to. Keys are owner uids.
 */
import type { Clock } from '../../../common/clock';
import { isApiError } from '../../api/errors';
import type { KubeObject, OwnerReference, Stored } from '../../api/types';
import type { SharedInformerFactory } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import type { ClusterClient, ResourceRef } from '../../client/types';
import { WorkQueue } from '../../client/workQueue';
import { OwnerGraph, owners, type NodeRef } from './ownerGraph';

const FOREGROUND = 'foregroundDeletion';
const ORPHAN = 'orphan';

export interface GarbageCollectorDeps {
  client: ClusterClient;
  informers: SharedInformerFactory;
  clock: Clock;
  /** The resources whose objects can own or be owned. */
  resources: readonly (ResourceRef & { kind: string; version: string })[];
}

export class GarbageCollector implements Runnable {
  readonly name = 'garbage-collector';
  readonly queue: WorkQueue;
  private readonly graph = new OwnerGraph();
  private readonly client: ClusterClient;
  private readonly byKind = new Map<string, ResourceRef>();

  constructor(deps: GarbageCollectorDeps) {
    this.client = deps.client;
    for (const r of deps.resources) this.byKind.set(`${r.group ? `${r.group}/` : ''}${r.version}/${r.kind}`, r);
    this.queue = new WorkQueue(deps.clock);
    for (const resource of deps.resources) {
      deps.informers.for(resource).addHandler({
        onAdd: (o) => this.observe(resource, o),
        onUpdate: (_old, o) => this.observe(resource, o),
        onDelete: (o) => {
          for (const uid of this.graph.remove(o)) this.queue.add(uid);
          this.queue.add(o.metadata.uid);
        },
      });
    }
  }

  private observe(resource: ResourceRef, o: Stored): void {
    for (const uid of this.graph.upsert(resource, o)) this.queue.add(uid);
    const fin = o.metadata.finalizers ?? [];
    if (o.metadata.deletionTimestamp && (fin.includes(FOREGROUND) || fin.includes(ORPHAN))) this.queue.add(o.metadata.uid);
  }

  sync(ownerUid: string): void {
    const owner = this.graph.get(ownerUid);
    if (!owner) return this.collectOrphans(ownerUid);
    const meta = owner.obj.metadata;
    if (!meta.deletionTimestamp) return;
    if (meta.finalizers?.includes(ORPHAN)) return this.orphanDependents(owner.ref, owner.obj);
    if (meta.finalizers?.includes(FOREGROUND)) return this.deleteInForeground(owner.ref, owner.obj);
  }

  /** The owner is gone: dependents with no other live owner go too; others just lose the reference. */
  private collectOrphans(ownerUid: string): void {
    for (const dep of this.graph.dependentsOf(ownerUid)) {
      const refs = owners(dep.obj);
      const ref = refs.find((r) => r.uid === ownerUid);
      if (!ref || this.ownerStillExists(ref, dep.ref.namespace)) continue;
      const live = refs.filter((r) => r.uid !== ownerUid && this.graph.get(r.uid));
      if (live.length) this.removeOwnerRef(dep.ref, dep.obj, ownerUid);
      else if (!dep.obj.metadata.deletionTimestamp) this.deleteIgnoringNotFound(dep.ref, 'Background');
    }
  }

  /**
   * Asks the API server, as the real collector does before deleting: an owner of a kind this
   * collector does not watch, or one its cache has not seen yet, must not cost its dependents.
   */
  private ownerStillExists(ref: OwnerReference, namespace: string): boolean {
    const resource = this.byKind.get(`${ref.apiVersion}/${ref.kind}`);
    if (!resource) return true;
    try {
      return this.client.get(resource, ref.name, { namespace }).metadata.uid === ref.uid;
    } catch (e) {
      if (isApiError(e, 'NotFound')) return false;
      throw e;
    }
  }

  private deleteInForeground(ref: NodeRef, obj: Stored): void {
    const deps = this.graph.dependentsOf(ref.uid);
    for (const d of deps) if (!d.obj.metadata.deletionTimestamp) this.deleteIgnoringNotFound(d.ref, 'Foreground');
    // The owner waits only for dependents that block its deletion.
    const blocking = deps.filter((d) => owners(d.obj).some((o) => o.uid === ref.uid && o.blockOwnerDeletion));
    if (!blocking.length) this.removeFinalizer(ref, obj, FOREGROUND);
  }

  private orphanDependents(ref: NodeRef, obj: Stored): void {
    for (const d of this.graph.dependentsOf(ref.uid)) this.removeOwnerRef(d.ref, d.obj, ref.uid);
    this.removeFinalizer(ref, obj, ORPHAN);
  }

  private removeOwnerRef(ref: NodeRef, obj: KubeObject, ownerUid: string): void {
    const ownerReferences = owners(obj).filter((o) => o.uid !== ownerUid);
    this.ignoreNotFound(() =>
      this.client.patch(ref.resource, ref.name, 'merge', { metadata: { ownerReferences: ownerReferences.length ? ownerReferences : null } }, { namespace: ref.namespace }),
    );
  }

  private removeFinalizer(ref: NodeRef, obj: KubeObject, finalizer: string): void {
    const finalizers = (obj.metadata?.finalizers ?? []).filter((f) => f !== finalizer);
    this.ignoreNotFound(() =>
      this.client.patch(ref.resource, ref.name, 'merge', { metadata: { finalizers: finalizers.length ? finalizers : null } }, { namespace: ref.namespace }),
    );
  }

  private deleteIgnoringNotFound(ref: NodeRef, propagationPolicy: 'Background' | 'Foreground'): void {
    this.ignoreNotFound(() => this.client.delete(ref.resource, ref.name, { namespace: ref.namespace, propagationPolicy, preconditions: { uid: ref.uid } }));
  }

  private ignoreNotFound(fn: () => unknown): void {
    try {
      fn();
    } catch (e) {
      if (!isApiError(e, 'NotFound')) throw e;
    }
  }
}
