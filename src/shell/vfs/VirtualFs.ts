import { FsError } from './FsError';
import { basename, dirname, resolvePath } from './paths';

export type FsNode = FileNode | DirNode | DeviceNode;
export interface FileNode {
  type: 'file';
  content: string;
  mtime: number;
}
export interface DirNode {
  type: 'dir';
  children: Record<string, FsNode>;
  mtime: number;
}
/** `/dev/null`: reads are empty, writes vanish. */
export interface DeviceNode {
  type: 'null';
  mtime: number;
}

export type FsSnapshot = DirNode;

/**
 * An in-memory tree of files, addressed by absolute paths. Plain JSON objects so a snapshot
 * can be saved and restored; times come from the injected `now` (virtual milliseconds).
 */
export class VirtualFs {
  private root: DirNode;

  constructor(
    private readonly now: () => number,
    snapshot?: FsSnapshot,
  ) {
    this.root = snapshot ? clone(snapshot) : this.initialTree();
  }

  snapshot(): FsSnapshot {
    return clone(this.root);
  }

  resolve(cwd: string, path: string): string {
    return resolvePath(cwd, path);
  }

  stat(abs: string): FsNode | undefined {
    let node: FsNode = this.root;
    for (const seg of segments(abs)) {
      if (node.type !== 'dir') return undefined;
      const child: FsNode | undefined = node.children[seg];
      if (!child) return undefined;
      node = child;
    }
    return node;
  }

  isDirectory(abs: string): boolean {
    return this.stat(abs)?.type === 'dir';
  }

  readFile(abs: string): string {
    const node = this.lookup(abs);
    if (node.type === 'dir') throw new FsError('EISDIR');
    return node.type === 'file' ? node.content : '';
  }

  writeFile(abs: string, content: string, append = false): void {
    const parent = this.parentDir(abs);
    const name = basename(abs);
    const existing = parent.children[name];
    if (existing?.type === 'dir') throw new FsError('EISDIR');
    if (existing?.type === 'null') return;
    const mtime = this.now();
    if (existing && append) {
      existing.content += content;
      existing.mtime = mtime;
    } else parent.children[name] = { type: 'file', content, mtime };
    parent.mtime = mtime;
  }

  /** Updates the mtime of an existing node or creates an empty file, like `touch`. */
  touch(abs: string): void {
    const node = this.stat(abs);
    if (node) node.mtime = this.now();
    else this.writeFile(abs, '');
  }

  mkdir(abs: string, parents = false): void {
    if (parents) {
      let path = '';
      for (const seg of segments(abs)) {
        path += '/' + seg;
        const node = this.stat(path);
        if (!node) this.mkdir(path);
        else if (node.type !== 'dir') throw new FsError('ENOTDIR');
      }
      return;
    }
    const parent = this.parentDir(abs);
    const name = basename(abs);
    if (abs === '/' || parent.children[name]) throw new FsError('EEXIST');
    parent.children[name] = { type: 'dir', children: {}, mtime: this.now() };
  }

  /** Lists a directory's entry names, sorted the way `ls` sorts in the C locale. */
  readdir(abs: string): string[] {
    const node = this.lookup(abs);
    if (node.type !== 'dir') throw new FsError('ENOTDIR');
    return Object.keys(node.children).sort();
  }

  /** Removes a file, or a directory when `recursive` (or when it is empty and `dirOk`). */
  remove(abs: string, opts: { recursive?: boolean; dirOk?: boolean } = {}): void {
    const node = this.lookup(abs);
    if (node.type === 'dir') {
      if (!opts.recursive && !opts.dirOk) throw new FsError('EISDIR');
      if (!opts.recursive && Object.keys(node.children).length) throw new FsError('ENOTEMPTY');
      if (abs === '/') throw new FsError('EINVAL');
    }
    const parent = this.parentDir(abs);
    delete parent.children[basename(abs)];
    parent.mtime = this.now();
  }

  /** Copies a node (deeply) to `dest`, replacing a file there. */
  copy(src: string, dest: string): void {
    const node = this.lookup(src);
    const parent = this.parentDir(dest);
    parent.children[basename(dest)] = { ...clone(node), mtime: this.now() };
  }

  rename(src: string, dest: string): void {
    const node = this.lookup(src);
    if (dest === src || dest.startsWith(src + '/')) throw new FsError('EINVAL');
    const parent = this.parentDir(dest);
    delete this.parentDir(src).children[basename(src)];
    parent.children[basename(dest)] = node;
  }

  private lookup(abs: string): FsNode {
    let node: FsNode = this.root;
    for (const seg of segments(abs)) {
      if (node.type !== 'dir') throw new FsError('ENOTDIR');
      const child: FsNode | undefined = node.children[seg];
      if (!child) throw new FsError('ENOENT');
      node = child;
    }
    return node;
  }

  private parentDir(abs: string): DirNode {
    const parent = this.lookup(dirname(abs));
    if (parent.type !== 'dir') throw new FsError('ENOTDIR');
    return parent;
  }

  private initialTree(): DirNode {
    const mtime = this.now();
    const dir = (children: Record<string, FsNode> = {}): DirNode => ({ type: 'dir', children, mtime });
    return dir({
      root: dir(),
      tmp: dir(),
      dev: dir({ null: { type: 'null', mtime } }),
      etc: dir({ hostname: { type: 'file', content: 'controlplane\n', mtime } }),
    });
  }
}

function segments(abs: string): string[] {
  return abs.split('/').filter((s) => s !== '');
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
