/**
 * The agent's side of writable volumes (the kubelet's volume manager, in small): resolves each
 * pod's emptyDir, hostPath and claim volumes to their place in the shared VolumeStore, feeds
 * their files into the pure core, and writes back what containers changed there.
 */
import type { PersistentVolume, PersistentVolumeClaim, Pod, Volume } from 'kubernetes-types/core/v1';
import { isApiError } from '../api/errors';
import { PERSISTENTVOLUMECLAIMS, PERSISTENTVOLUMES } from '../api/resources';
import type { ClusterClient } from '../client/types';
import type { PodRuntime } from './podRuntime';
import { isWritableVolume, overlayVolumeFiles, volumeChanges, volumeLocation, type ClaimResolution } from './volumeMounts';
import { emptyDirDisk, type VolumeLocation, type VolumeStore } from './volumeStore';

export class PodVolumes {
  constructor(
    private readonly store: VolumeStore,
    private readonly client: ClusterClient,
    private readonly nodeName: string,
  ) {}

  /** A file the node's OS ships (`/etc/machine-id`), for hostPath mounts; kept if already there. */
  provideNodeFile(path: string, content: string): void {
    if (this.store.readNodeFile(this.nodeName, path) === undefined) this.store.writeNodeFile(this.nodeName, path, content);
  }

  /** The lookup the pure core mounts writable volumes with: files, or why not yet. */
  dataFor(pod: Pod): (v: Volume) => Record<string, string> | string {
    return (v) => {
      const loc = this.locate(pod, v);
      if (!loc) return {};
      return 'error' in loc ? loc.error : this.store.read(loc);
    };
  }

  /**
   * A claim the pod mounts exists but is not bound yet. The scheduler binds such pods only after
   * their claims (PreBind), so the kubelet never reports it; here the gap is an instant, and the
   * kubelet waits it out instead of failing the mount.
   */
  awaitsClaimBinding(pod: Pod): boolean {
    return (pod.spec?.volumes ?? []).some((v) => {
      const claim = v.persistentVolumeClaim ? this.resolveClaim(pod.metadata?.namespace ?? 'default', v.persistentVolumeClaim.claimName) : undefined;
      return !!claim && 'error' in claim;
    });
  }

  /** Before a sync: a container (re)started now copies the volumes as they are, not as first mounted. */
  remount(pod: Pod, rt: PodRuntime | undefined): PodRuntime | undefined {
    if (!rt?.mount.ok) return rt;
    const locations = this.locations(pod);
    if (!locations.size) return rt;
    const volumeFiles = { ...rt.volumeFiles };
    for (const [name, loc] of locations) volumeFiles[name] = this.store.read(loc);
    return { ...rt, volumeFiles };
  }

  /** Before `kubectl exec` or a request: the container (or all of them) sees the volumes as they are now. */
  refresh(pod: Pod, rt: PodRuntime, container?: string): PodRuntime {
    const data = new Map<string, Record<string, string>>();
    for (const [name, loc] of this.locations(pod)) data.set(name, this.store.read(loc));
    if (!data.size) return rt;
    const names = container !== undefined ? [container] : (pod.spec?.containers ?? []).map((c) => c.name);
    return names.reduce((acc, name) => overlayVolumeFiles(pod, acc, name, data), rt);
  }

  /** After a sync or an exec: what containers wrote under their mounts goes to the volumes. */
  collect(pod: Pod, before: PodRuntime | undefined, after: PodRuntime): void {
    const locations = this.locations(pod);
    if (locations.size) this.store.apply(volumeChanges(pod, before, after, locations));
  }

  /** The pod is gone from the node: its emptyDirs go with it. */
  forget(uid: string): void {
    this.store.dropDisk(emptyDirDisk(uid));
  }

  private locations(pod: Pod): Map<string, VolumeLocation> {
    const out = new Map<string, VolumeLocation>();
    for (const v of pod.spec?.volumes ?? []) {
      const loc = isWritableVolume(v) ? this.locate(pod, v) : undefined;
      if (loc && !('error' in loc)) out.set(v.name, loc);
    }
    return out;
  }

  private locate(pod: Pod, v: Volume): VolumeLocation | { error: string } | undefined {
    const claim = v.persistentVolumeClaim ? this.resolveClaim(pod.metadata?.namespace ?? 'default', v.persistentVolumeClaim.claimName) : undefined;
    return volumeLocation(pod, v, this.nodeName, claim);
  }

  private resolveClaim(namespace: string, name: string): ClaimResolution | undefined {
    const claim = this.get<PersistentVolumeClaim>(PERSISTENTVOLUMECLAIMS, name, namespace);
    if (!claim) return undefined;
    const pvName = claim.spec?.volumeName;
    if (!pvName || claim.status?.phase !== 'Bound') return { error: `PVC ${namespace}/${name} is not bound` };
    const volume = this.get<PersistentVolume>(PERSISTENTVOLUMES, pvName);
    return volume ? { volume } : { error: `persistentvolume "${pvName}" not found` };
  }

  private get<T extends object>(r: typeof PERSISTENTVOLUMES, name: string, namespace?: string): T | undefined {
    try {
      return this.client.get<T>(r, name, { namespace });
    } catch (e) {
      if (isApiError(e, 'NotFound')) return undefined;
      throw e;
    }
  }
}
