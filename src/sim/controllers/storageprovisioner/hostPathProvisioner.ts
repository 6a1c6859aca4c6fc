/**
 * minikube's storage-provisioner (`k8s.io/minikube-hostpath`), an external provisioner built on
 * sig-storage-lib-external-provisioner: it provisions claims the PV controller has handed to it
 * (the `volume.kubernetes.io/storage-provisioner` annotation) and deletes the volumes it made
 * once they are Released under the Delete policy — directory first, then the object.
 */
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import type { Clock } from '../../../common/clock';
import type { Rng } from '../../../common/rng';
import { isApiError } from '../../api/errors';
import { PERSISTENTVOLUMECLAIMS, PERSISTENTVOLUMES, STORAGECLASSES } from '../../api/resources';
import type { Stored } from '../../api/types';
import { EventRecorder } from '../../client/eventRecorder';
import { splitKey, type Informer, type SharedInformerFactory } from '../../client/informer';
import type { Runnable } from '../../client/runnable';
import type { ClusterClient } from '../../client/types';
import { WorkQueue } from '../../client/workQueue';
import { MINIKUBE_HOSTPATH_PROVISIONER, provisionedVolume, provisionedVolumeName } from './provisionedVolume';

/** The node's filesystem as the provisioner pod sees it through its hostPath mount. */
export interface HostDirectories {
  removeNodeDirectory(node: string, path: string): void;
}

export interface HostPathProvisionerDeps {
  client: ClusterClient;
  informers: SharedInformerFactory;
  clock: Clock;
  rng: Rng;
  /** The node the provisioner pod runs on (its hostname, part of the event source). */
  nodeName: string;
  hostDirectories?: HostDirectories;
}

function uuid(rng: Rng): string {
  const h = rng.string(32, '0123456789abcdef');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export class HostPathProvisioner implements Runnable {
  readonly name = 'storage-provisioner';
  readonly queue: WorkQueue;
  private readonly claims: Informer<PersistentVolumeClaim>;
  private readonly volumes: Informer<PersistentVolume>;
  private readonly classes: Informer<StorageClass>;
  private identity?: string;
  private recorder?: EventRecorder;

  constructor(private readonly deps: HostPathProvisionerDeps) {
    this.queue = new WorkQueue(deps.clock);
    this.claims = deps.informers.for<PersistentVolumeClaim>(PERSISTENTVOLUMECLAIMS);
    this.volumes = deps.informers.for<PersistentVolume>(PERSISTENTVOLUMES);
    this.classes = deps.informers.for<StorageClass>(STORAGECLASSES);
    const claim = (c: PersistentVolumeClaim) => this.queue.add(`pvc:${c.metadata?.namespace}/${c.metadata?.name}`);
    this.claims.addHandler({ onAdd: claim, onUpdate: (_o, c) => claim(c) });
    const volume = (v: PersistentVolume) => this.queue.add(`pv:${v.metadata?.name}`);
    this.volumes.addHandler({ onAdd: volume, onUpdate: (_o, v) => volume(v) });
  }

  sync(key: string): void {
    if (key.startsWith('pv:')) return this.syncVolume(key.slice(3));
    const { namespace, name } = splitKey(key.slice(4));
    const claim = this.claims.get(namespace, name);
    if (claim) this.syncClaim(claim);
  }

  /** Created on first use, so a cluster that never provisions draws nothing from the Rng. */
  private events(): { recorder: EventRecorder; identity: string } {
    if (!this.identity || !this.recorder) {
      this.identity = uuid(this.deps.rng);
      this.recorder = new EventRecorder(this.deps.client, this.deps.clock, { component: `${MINIKUBE_HOSTPATH_PROVISIONER}_${this.deps.nodeName}_${this.identity}` });
    }
    return { recorder: this.recorder, identity: this.identity };
  }

  /** shouldProvision: handed to us, not yet bound, and (WaitForFirstConsumer) a node chosen. */
  private shouldProvision(claim: Stored<PersistentVolumeClaim>, sc: StorageClass | undefined): sc is StorageClass {
    const a = claim.metadata.annotations ?? {};
    const handedTo = a['volume.kubernetes.io/storage-provisioner'] ?? a['volume.beta.kubernetes.io/storage-provisioner'];
    if (handedTo !== MINIKUBE_HOSTPATH_PROVISIONER || claim.spec?.volumeName || claim.metadata.deletionTimestamp) return false;
    if (!sc || sc.provisioner !== MINIKUBE_HOSTPATH_PROVISIONER) return false;
    if (sc.volumeBindingMode === 'WaitForFirstConsumer' && !a['volume.kubernetes.io/selected-node']) return false;
    return !this.volumes.get('', provisionedVolumeName(claim));
  }

  private syncClaim(claim: Stored<PersistentVolumeClaim>): void {
    const sc = this.classes.get('', claim.spec?.storageClassName ?? '');
    if (!this.shouldProvision(claim, sc)) return;
    const { recorder, identity } = this.events();
    const ref = `${claim.metadata.namespace}/${claim.metadata.name}`;
    recorder.event(claim, 'Normal', 'Provisioning', `External provisioner is provisioning volume for claim "${ref}"`);
    const pv = this.deps.client.create(PERSISTENTVOLUMES, provisionedVolume(claim, sc, MINIKUBE_HOSTPATH_PROVISIONER, identity));
    recorder.event(claim, 'Normal', 'ProvisioningSucceeded', `Successfully provisioned volume ${pv.metadata.name}`);
  }

  private syncVolume(name: string): void {
    const pv = this.volumes.get('', name);
    if (!pv || pv.metadata.annotations?.['pv.kubernetes.io/provisioned-by'] !== MINIKUBE_HOSTPATH_PROVISIONER) return;
    if (pv.status?.phase !== 'Released' || pv.spec?.persistentVolumeReclaimPolicy !== 'Delete' || pv.metadata.deletionTimestamp) return;
    if (pv.spec.hostPath?.path) this.deps.hostDirectories?.removeNodeDirectory(this.deps.nodeName, pv.spec.hostPath.path);
    try {
      this.deps.client.delete(PERSISTENTVOLUMES, name);
    } catch (e) {
      if (!isApiError(e, 'NotFound')) throw e;
    }
  }
}
