/**
 * The pure side of writable volumes: where each of a pod's emptyDir, hostPath and claim
 * volumes keeps its files, the files a running container sees under its mounts, and the
 * changes a container made there that belong in the volume.
 */
import type { PersistentVolume, Pod, Volume } from 'kubernetes-types/core/v1';
import type { PodRuntime } from './podRuntime';
import { emptyDirDisk, nodeDisk, persistentVolumeDisk, type VolumeChange, type VolumeLocation } from './volumeStore';

/** The claim's volume as the kubelet resolves it: the bound PV, or why it cannot be mounted yet. */
export type ClaimResolution = { volume: PersistentVolume } | { error: string };

export function isWritableVolume(v: Volume): boolean {
  return !!(v.emptyDir || v.hostPath || v.persistentVolumeClaim);
}

/** Where a writable volume's files are; undefined for volumes the kubelet projects (configMap …). */
export function volumeLocation(pod: Pod, v: Volume, nodeName: string, claim?: ClaimResolution): VolumeLocation | { error: string } | undefined {
  if (v.emptyDir) return { disk: emptyDirDisk(pod.metadata?.uid ?? ''), root: v.name };
  if (v.hostPath) return { disk: nodeDisk(nodeName), root: v.hostPath.path };
  if (!v.persistentVolumeClaim) return undefined;
  if (!claim) return { error: `persistentvolumeclaim "${v.persistentVolumeClaim.claimName}" not found` };
  if ('error' in claim) return claim;
  const pv = claim.volume;
  // hostPath and local volumes are directories on the node the pod runs on.
  const nodePath = pv.spec?.hostPath?.path ?? pv.spec?.local?.path;
  if (nodePath) return { disk: nodeDisk(nodeName), root: nodePath };
  return { disk: persistentVolumeDisk(pv.metadata?.name ?? ''), root: '' };
}

interface Mount {
  volume: string;
  base: string;
  subPath?: string;
  readOnly: boolean;
}

function containerMounts(pod: Pod, container: string, writable: ReadonlySet<string>): Mount[] {
  const spec = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].find((c) => c.name === container);
  return (spec?.volumeMounts ?? [])
    .filter((m) => writable.has(m.name))
    .map((m) => ({ volume: m.name, base: m.mountPath.replace(/\/$/, ''), subPath: m.subPath || undefined, readOnly: !!m.readOnly }));
}

const relUnder = (m: Mount, path: string): string | undefined => {
  const base = m.subPath ? `${m.base}` : `${m.base}/`;
  if (m.subPath) return path.startsWith(`${base}/`) ? `${m.subPath}/${path.slice(base.length + 1)}` : undefined;
  // The mount point itself (an empty directory's entry) is not part of the volume.
  return path.startsWith(base) && path !== base ? path.slice(base.length) : undefined;
};

/**
 * The container's files with each writable mount replaced by the volume's current content, so a
 * file another container (or pod) wrote is there to read.
 */
export function overlayVolumeFiles(pod: Pod, rt: PodRuntime, container: string, data: ReadonlyMap<string, Record<string, string>>): PodRuntime {
  const mounts = containerMounts(pod, container, new Set(data.keys()));
  if (!mounts.length) return rt;
  const containers = rt.containers.map((c) => {
    const program = c.name === container && !c.init && c.stage === 'running' ? c.current?.program : undefined;
    if (!program) return c;
    const fs = { ...program.fs };
    for (const m of mounts) {
      for (const path of Object.keys(fs)) if (relUnder(m, path) !== undefined) delete fs[path];
      for (const [rel, text] of Object.entries(data.get(m.volume) ?? {})) {
        if (!m.subPath) fs[rel === '' ? m.base : `${m.base}/${rel}`] = text;
        else if (rel.startsWith(`${m.subPath}/`)) fs[`${m.base}/${rel.slice(m.subPath.length + 1)}`] = text;
      }
    }
    return { ...c, current: { ...c.current!, program: { ...program, fs } } };
  });
  return { ...rt, containers };
}

/**
 * What containers wrote under writable mounts between two runtimes: files added or changed, and
 * files removed by a container instance that was running in both.
 */
export function volumeChanges(pod: Pod, before: PodRuntime | undefined, after: PodRuntime, locations: ReadonlyMap<string, VolumeLocation>): VolumeChange[] {
  const changes: VolumeChange[] = [];
  const writable = new Set(locations.keys());
  for (const c of after.containers) {
    const fs = c.current?.program?.fs;
    if (!fs) continue;
    const prior = before?.containers.find((x) => x.name === c.name && x.init === c.init)?.current;
    const priorFs = prior?.containerID === c.current?.containerID ? prior?.program?.fs : undefined;
    for (const m of containerMounts(pod, c.name, writable)) {
      if (m.readOnly) continue;
      const location = locations.get(m.volume)!;
      for (const [path, content] of Object.entries(fs)) {
        const rel = relUnder(m, path);
        if (rel !== undefined && priorFs?.[path] !== content) changes.push({ location, path: rel, content });
      }
      for (const path of Object.keys(priorFs ?? {})) {
        const rel = relUnder(m, path);
        if (rel !== undefined && !(path in fs)) changes.push({ location, path: rel });
      }
    }
  }
  return changes;
}
