/**
 * Where the files of writable volumes live, outside any container: each node's own disk
 * (hostPath, and the directories minikube's provisioner hands out), each pod's emptyDir
 * scratch space, and network disks that follow a PersistentVolume wherever it is mounted.
 * One store serves every kubelet of a cluster, as the disks outlive pods and processes.
 */

/** A directory on a disk: `disk` names the disk, `root` the directory's absolute path on it. */
export interface VolumeLocation {
  disk: string;
  root: string;
}

export interface VolumeChange {
  location: VolumeLocation;
  /** Path relative to the volume's root. */
  path: string;
  /** undefined removes the file. */
  content?: string;
}

const join = (root: string, rel: string) => (root ? `${root.replace(/\/$/, '')}/${rel}` : rel);

export class VolumeStore {
  private readonly disks = new Map<string, Map<string, string>>();

  /** The files under the location's root, by path relative to it. */
  read(loc: VolumeLocation): Record<string, string> {
    const disk = this.disks.get(loc.disk);
    const out: Record<string, string> = {};
    if (!disk) return out;
    // A hostPath naming a file (`/etc/machine-id`): the file itself, under the empty relative path.
    const file = loc.root ? disk.get(loc.root) : undefined;
    if (file !== undefined) return { '': file };
    const prefix = loc.root ? `${loc.root.replace(/\/$/, '')}/` : '';
    for (const [path, content] of disk) if (path.startsWith(prefix)) out[path.slice(prefix.length)] = content;
    return out;
  }

  apply(changes: readonly VolumeChange[]): void {
    for (const c of changes) {
      let disk = this.disks.get(c.location.disk);
      if (!disk) this.disks.set(c.location.disk, (disk = new Map()));
      const path = join(c.location.root, c.path);
      if (c.content === undefined) disk.delete(path);
      else disk.set(path, c.content);
    }
  }

  /** `rm -rf root` on a disk (a provisioner deleting a volume's directory). */
  removeAll(loc: VolumeLocation): void {
    const disk = this.disks.get(loc.disk);
    if (!disk) return;
    const prefix = loc.root ? `${loc.root.replace(/\/$/, '')}/` : '';
    for (const path of [...disk.keys()]) if (path.startsWith(prefix)) disk.delete(path);
  }

  /** A file on a node's disk, written from outside any pod (`minikube ssh`, a node's setup). */
  writeNodeFile(node: string, path: string, content: string): void {
    this.apply([{ location: { disk: nodeDisk(node), root: '' }, path, content }]);
  }

  readNodeFile(node: string, path: string): string | undefined {
    return this.disks.get(nodeDisk(node))?.get(path);
  }

  /** `rm -rf` of a directory on a node (a provisioner deleting the volume it made). */
  removeNodeDirectory(node: string, path: string): void {
    this.removeAll({ disk: nodeDisk(node), root: path });
  }

  /** A disk that ceases to exist (a pod's emptyDir when the pod goes). */
  dropDisk(disk: string): void {
    this.disks.delete(disk);
  }
}

export const nodeDisk = (node: string) => `node/${node}`;
/** One disk per pod holds all its emptyDirs, one directory each, so they go together. */
export const emptyDirDisk = (podUID: string) => `emptyDir/${podUID}`;
export const persistentVolumeDisk = (pv: string) => `pv/${pv}`;
