/**
 * The namespace controller: a namespace marked for deletion (phase Terminating) is emptied —
 * every namespaced object deleted — and then released by clearing its `kubernetes` finalizer
 * through the `finalize` subresource, after which the API server removes it.
 */
import type { Namespace } from 'kubernetes-types/core/v1';
import type { Clock } from '../../../common/clock';
import { isApiError } from '../../api/errors';
import { NAMESPACES } from '../../api/resources';
import type { Informer, SharedInformerFactory } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import type { ClusterClient, ResourceRef } from '../../client/types';
import { WorkQueue } from '../../client/workQueue';

/** How often a Terminating namespace is checked again while its pods shut down. */
const RECHECK_S = 1;

export interface NamespaceControllerDeps {
  client: ClusterClient;
  informers: SharedInformerFactory;
  clock: Clock;
  /** Namespaced resources to empty, events last as on a real cluster. */
  namespacedResources: readonly ResourceRef[];
}

export class NamespaceController implements Runnable {
  readonly name = 'namespace-controller';
  readonly queue: WorkQueue;
  private readonly namespaces: Informer<Namespace>;

  constructor(private readonly deps: NamespaceControllerDeps) {
    this.queue = new WorkQueue(deps.clock);
    this.namespaces = deps.informers.for<Namespace>(NAMESPACES);
    const enqueue = (ns: Namespace) => ns.metadata?.deletionTimestamp && this.queue.add(ns.metadata.name!);
    this.namespaces.addHandler({ onAdd: enqueue, onUpdate: (_o, ns) => enqueue(ns) });
  }

  sync(name: string): void {
    const ns = this.namespaces.get('', name);
    if (!ns?.metadata.deletionTimestamp) return;
    for (const r of this.deps.namespacedResources) {
      for (const o of this.deps.client.list(r, { namespace: name }).items) {
        if (o.metadata.deletionTimestamp) continue;
        try {
          this.deps.client.delete(r, o.metadata.name, { namespace: name, propagationPolicy: 'Background' });
        } catch (e) {
          if (!isApiError(e, 'NotFound')) throw e;
        }
      }
    }
    const left = this.deps.namespacedResources.some((r) => this.deps.client.list(r, { namespace: name }).items.length > 0);
    if (left) {
      this.queue.addAfter(name, RECHECK_S);
      return;
    }
    if (ns.spec?.finalizers?.length) {
      this.deps.client.update(NAMESPACES, { ...ns, spec: { ...ns.spec, finalizers: [] } }, { subresource: 'finalize' });
    }
  }
}
