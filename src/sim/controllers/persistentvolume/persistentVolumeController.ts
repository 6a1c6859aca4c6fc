/**
 * The PersistentVolume controller (pkg/controller/volume/persistentvolume): binds claims to
 * volumes, keeps both phases right, hands claims of a provisioning class to its external
 * provisioner, and releases and reclaims volumes whose claim is gone. Keys: `pvc:<ns>/<name>`
 * and `pv:<name>`.
 */
import type { Node, PersistentVolume, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import type { Clock } from '../../../common/clock';
import { NODES, PERSISTENTVOLUMECLAIMS, PERSISTENTVOLUMES, PODS, STORAGECLASSES } from '../../api/resources';
import type { Stored } from '../../api/types';
import { EventRecorder } from '../../client/eventRecorder';
import { splitKey, type Informer, type SharedInformerFactory } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import type { ClusterClient } from '../../client/types';
import { WorkQueue } from '../../client/workQueue';
import { ANN_SELECTED_NODE, claimClass } from './annotations';
import { bindClaim, claimStatusBound, setClaimPhase, setVolumePhase, unbindVolume, withAnnotations } from './binding';
import { decideClaim, type ClaimAction } from './claimSync';
import { CLAIM_INDEX, claimIndexFunc, claimKeysOf } from './claimUsers';
import { decideVolume } from './volumeSync';

export interface PersistentVolumeControllerDeps {
  client: ClusterClient;
  informers: SharedInformerFactory;
  clock: Clock;
}

export class PersistentVolumeController implements Runnable {
  readonly name = 'persistentvolume-binder-controller';
  readonly queue: WorkQueue;
  private readonly claims: Informer<PersistentVolumeClaim>;
  private readonly volumes: Informer<PersistentVolume>;
  private readonly classes: Informer<StorageClass>;
  private readonly pods: Informer<Pod>;
  private readonly nodes: Informer<Node>;
  private readonly recorder: EventRecorder;

  constructor(private readonly deps: PersistentVolumeControllerDeps) {
    this.queue = new WorkQueue(deps.clock);
    this.recorder = new EventRecorder(deps.client, deps.clock, { component: 'persistentvolume-controller' });
    this.claims = deps.informers.for<PersistentVolumeClaim>(PERSISTENTVOLUMECLAIMS);
    this.volumes = deps.informers.for<PersistentVolume>(PERSISTENTVOLUMES);
    this.classes = deps.informers.for<StorageClass>(STORAGECLASSES);
    this.pods = deps.informers.for<Pod>(PODS);
    this.nodes = deps.informers.for<Node>(NODES);
    this.pods.addIndexer(CLAIM_INDEX, claimIndexFunc);
    const claimKey = (c: PersistentVolumeClaim) => this.queue.add(`pvc:${c.metadata?.namespace}/${c.metadata?.name}`);
    this.claims.addHandler({ onAdd: claimKey, onUpdate: (_o, c) => claimKey(c), onDelete: (c) => this.volumesOf(c).forEach((v) => this.queue.add(`pv:${v}`)) });
    const volumeKey = (v: PersistentVolume) => {
      this.queue.add(`pv:${v.metadata?.name}`);
      const ref = v.spec?.claimRef;
      if (ref) this.queue.add(`pvc:${ref.namespace}/${ref.name}`);
    };
    // A volume appearing or freeing up may be what a pending claim waits for.
    const volumeChanged = (v: PersistentVolume) => {
      volumeKey(v);
      for (const c of this.claims.list()) if (!c.spec?.volumeName) claimKey(c);
    };
    this.volumes.addHandler({ onAdd: volumeChanged, onUpdate: (_o, v) => volumeChanged(v), onDelete: volumeKey });
    const classChanged = () => this.claims.list().forEach((c) => c.status?.phase !== 'Bound' && claimKey(c));
    this.classes.addHandler({ onAdd: classChanged, onUpdate: classChanged, onDelete: classChanged });
    // Pods matter once scheduled: their node is what a WaitForFirstConsumer claim waits for.
    const podScheduled = (p: Pod) => claimKeysOf(p).forEach((k) => this.queue.add(`pvc:${k}`));
    this.pods.addHandler({ onAdd: (p) => p.spec?.nodeName && podScheduled(p), onUpdate: (o, p) => !o.spec?.nodeName && p.spec?.nodeName && podScheduled(p) });
  }

  sync(key: string): void {
    if (key.startsWith('pv:')) return this.syncVolume(key.slice(3));
    const { namespace, name } = splitKey(key.slice(4));
    const claim = this.claims.get(namespace, name);
    if (claim) this.syncClaim(claim);
  }

  private volumesOf(claim: PersistentVolumeClaim): string[] {
    return this.volumes
      .list()
      .filter((v) => v.spec?.claimRef?.uid === claim.metadata?.uid)
      .map((v) => v.metadata.name);
  }

  private syncClaim(claim: Stored<PersistentVolumeClaim>): void {
    const users = this.pods.byIndex(CLAIM_INDEX, `${claim.metadata.namespace}/${claim.metadata.name}`).filter((p) => !p.metadata.deletionTimestamp);
    const scheduled = users.find((p) => p.spec?.nodeName);
    const sc = this.classes.get('', claimClass(claim));
    // The scheduler's PreBind step for WaitForFirstConsumer claims: record the chosen node.
    if (scheduled && sc?.volumeBindingMode === 'WaitForFirstConsumer' && !claim.spec?.volumeName && !claim.metadata.annotations?.[ANN_SELECTED_NODE]) {
      this.deps.client.update(PERSISTENTVOLUMECLAIMS, withAnnotations(claim, { [ANN_SELECTED_NODE]: scheduled.spec!.nodeName! }), { namespace: claim.metadata.namespace });
      return;
    }
    const selected = claim.metadata.annotations?.[ANN_SELECTED_NODE];
    const node = selected ? this.nodes.get('', selected) : undefined;
    const action = decideClaim({
      claim,
      volumes: this.volumes.list(),
      classes: new Map(this.classes.list().map((c) => [c.metadata.name, c])),
      unscheduledPods: users.filter((p) => !p.spec?.nodeName).map((p) => p.metadata.name),
      selectedNode: selected ? { name: selected, labels: node?.metadata.labels } : undefined,
    });
    this.act(claim, action);
  }

  private act(claim: Stored<PersistentVolumeClaim>, action: ClaimAction): void {
    const { client } = this.deps;
    const now = this.deps.clock.now();
    const namespace = claim.metadata.namespace;
    if ('event' in action && action.event) this.recorder.event(claim, action.event.type, action.event.reason, action.event.message);
    switch (action.kind) {
      case 'pending':
        return setClaimPhase(client, claim, 'Pending');
      case 'lost':
        return setClaimPhase(client, claim, 'Lost');
      case 'assignDefaultClass':
        client.update(PERSISTENTVOLUMECLAIMS, { ...claim, spec: { ...claim.spec, storageClassName: action.className } }, { namespace });
        return;
      case 'provision': {
        const wanted = { 'volume.beta.kubernetes.io/storage-provisioner': action.provisioner, 'volume.kubernetes.io/storage-provisioner': action.provisioner };
        const updated = withAnnotations(claim, wanted);
        const stored = updated === claim ? claim : client.update(PERSISTENTVOLUMECLAIMS, updated, { namespace });
        return setClaimPhase(client, stored, 'Pending');
      }
      case 'bind':
        return bindClaim(client, claim, this.stored(action.volume), now);
      case 'bound':
        setVolumePhase(client, this.stored(action.volume), 'Bound', now);
        claimStatusBound(client, claim, action.volume);
        return;
    }
  }

  /** Decisions are made over the informer's objects: this is the one it chose. */
  private stored(pv: PersistentVolume): Stored<PersistentVolume> {
    return this.volumes.get('', pv.metadata?.name ?? '')!;
  }

  private syncVolume(name: string): void {
    const pv = this.volumes.get('', name);
    if (!pv) return;
    const ref = pv.spec?.claimRef;
    const claim = ref ? this.claims.get(ref.namespace ?? '', ref.name ?? '') : undefined;
    const action = decideVolume(pv, claim);
    const now = this.deps.clock.now();
    switch (action.kind) {
      case 'phase':
        return setVolumePhase(this.deps.client, pv, action.phase, now);
      case 'failed':
        this.recorder.event(pv, action.event.type, action.event.reason, action.event.message);
        return setVolumePhase(this.deps.client, pv, 'Failed', now, action.event.message);
      case 'syncClaim':
        return this.queue.add(`pvc:${ref!.namespace}/${ref!.name}`);
      case 'unbind':
        return unbindVolume(this.deps.client, pv, now);
    }
  }
}
