/**
 * PV protection: a volume being deleted keeps its `kubernetes.io/pv-protection` finalizer while
 * it is Bound to a claim; once unbound (Available, Released, Failed) the finalizer goes.
 */
import type { PersistentVolume } from 'kubernetes-types/core/v1';
import { isApiError } from '../../api/errors';
import { PERSISTENTVOLUMES } from '../../api/resources';
import type { Informer } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import { WorkQueue } from '../../client/workQueue';
import { PV_PROTECTION_FINALIZER } from './annotations';
import type { ProtectionControllerDeps } from './pvcProtectionController';

export class PVProtectionController implements Runnable {
  readonly name = 'pv-protection-controller';
  readonly queue: WorkQueue;
  private readonly volumes: Informer<PersistentVolume>;

  constructor(private readonly deps: ProtectionControllerDeps) {
    this.queue = new WorkQueue(deps.clock);
    this.volumes = deps.informers.for<PersistentVolume>(PERSISTENTVOLUMES);
    const enqueue = (v: PersistentVolume) => v.metadata?.deletionTimestamp && this.queue.add(v.metadata.name!);
    this.volumes.addHandler({ onAdd: enqueue, onUpdate: (_o, v) => enqueue(v) });
  }

  sync(name: string): void {
    const pv = this.volumes.get('', name);
    if (!pv?.metadata.deletionTimestamp || !pv.metadata.finalizers?.includes(PV_PROTECTION_FINALIZER)) return;
    if (pv.status?.phase === 'Bound') return;
    const finalizers = pv.metadata.finalizers.filter((f) => f !== PV_PROTECTION_FINALIZER);
    try {
      this.deps.client.update(PERSISTENTVOLUMES, { ...pv, metadata: { ...pv.metadata, finalizers } });
    } catch (e) {
      if (!isApiError(e, 'NotFound')) throw e;
    }
  }
}
