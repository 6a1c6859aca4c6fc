/**
 * PVC protection: a claim being deleted keeps its `kubernetes.io/pvc-protection` finalizer
 * (and so stays Terminating) while any scheduled pod still mounts it — a pod's data cannot be
 * pulled from under it. The finalizer goes when the last such pod is gone.
 */
import type { PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import type { Clock } from '../../../common/clock';
import { isApiError } from '../../api/errors';
import { PERSISTENTVOLUMECLAIMS, PODS } from '../../api/resources';
import { splitKey, type Informer, type SharedInformerFactory } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import type { ClusterClient } from '../../client/types';
import { WorkQueue } from '../../client/workQueue';
import { PVC_PROTECTION_FINALIZER } from './annotations';
import { CLAIM_INDEX, claimIndexFunc, claimKeysOf } from './claimUsers';

export interface ProtectionControllerDeps {
  client: ClusterClient;
  informers: SharedInformerFactory;
  clock: Clock;
}

/** podUsesPVC: only scheduled pods count — the kubelet refuses to start one on a deleted claim. */
export function podUsesClaim(pod: Pod, claimName: string): boolean {
  return !!pod.spec?.nodeName && (pod.spec.volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === claimName);
}

export class PVCProtectionController implements Runnable {
  readonly name = 'pvc-protection-controller';
  readonly queue: WorkQueue;
  private readonly claims: Informer<PersistentVolumeClaim>;
  private readonly pods: Informer<Pod>;

  constructor(private readonly deps: ProtectionControllerDeps) {
    this.queue = new WorkQueue(deps.clock);
    this.claims = deps.informers.for<PersistentVolumeClaim>(PERSISTENTVOLUMECLAIMS);
    this.pods = deps.informers.for<Pod>(PODS);
    this.pods.addIndexer(CLAIM_INDEX, claimIndexFunc);
    const enqueue = (c: PersistentVolumeClaim) => c.metadata?.deletionTimestamp && this.queue.add(`${c.metadata.namespace}/${c.metadata.name}`);
    this.claims.addHandler({ onAdd: enqueue, onUpdate: (_o, c) => enqueue(c) });
    const podGone = (p: Pod) => claimKeysOf(p).forEach((k) => this.queue.add(k));
    this.pods.addHandler({ onUpdate: (_o, p) => podGone(p), onDelete: podGone });
  }

  sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const claim = this.claims.get(namespace, name);
    if (!claim?.metadata.deletionTimestamp || !claim.metadata.finalizers?.includes(PVC_PROTECTION_FINALIZER)) return;
    if (this.pods.byIndex(CLAIM_INDEX, key).some((p) => podUsesClaim(p, name))) return;
    const finalizers = claim.metadata.finalizers.filter((f) => f !== PVC_PROTECTION_FINALIZER);
    try {
      this.deps.client.update(PERSISTENTVOLUMECLAIMS, { ...claim, metadata: { ...claim.metadata, finalizers } }, { namespace });
    } catch (e) {
      if (!isApiError(e, 'NotFound')) throw e;
    }
  }
}
