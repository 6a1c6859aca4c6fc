/**
 * The files a kustomization reads, over the shell's virtual filesystem. Paths are kept as the
 * user wrote them (joined and cleaned) for reading, and made absolute against the shell's
 * working directory only for messages, which kustomize words with absolute paths.
 */
import type { KubectlContext } from '../context';

export interface KustomizeFs {
  readFile(path: string): string | undefined;
  isDir(path: string): boolean;
  /** The absolute form of `path` (the shell's $PWD joined with it), as kustomize prints paths. */
  absolute(path: string): string;
}

/** Go's filepath.Clean for slash-separated paths. */
export function cleanPath(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (part !== '..' || !absolute) out.push(part);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined || '.';
}

export function joinPath(dir: string, rel: string): string {
  return rel.startsWith('/') ? cleanPath(rel) : cleanPath(`${dir}/${rel}`);
}

export const baseName = (path: string): string => cleanPath(path).split('/').pop() ?? path;

export function kustomizeFs(ctx: KubectlContext): KustomizeFs {
  const cwd = ctx.getenv?.('PWD') ?? '/';
  return {
    readFile: (path) => ctx.readFile(path),
    isDir: (path) => ctx.listDir?.(path) !== undefined,
    absolute: (path) => joinPath(cwd, path),
  };
}

/** An in-memory tree for tests and the golden fixtures: `files` keyed by absolute path. */
export function memoryFs(files: ReadonlyMap<string, string>, cwd = '/'): KustomizeFs {
  const abs = (path: string) => joinPath(cwd, path);
  return {
    readFile: (path) => files.get(abs(path)),
    isDir: (path) => {
      const prefix = `${abs(path).replace(/\/$/, '')}/`;
      return [...files.keys()].some((k) => k.startsWith(prefix));
    },
    absolute: abs,
  };
}
