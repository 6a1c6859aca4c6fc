/**
 * The container's side of `kubectl cp`, as kubectl speaks to it over pods/exec: `test -d` to
 * learn whether the destination is a directory, `tar cf - <src>` to download (the archive on
 * stdout, tar's messages on stderr) and `tar -xmf - -C <dir>` to upload (the archive on stdin).
 * A container without tar (distroless) fails the exec itself; the API server's error is kubectl's.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { isApiError, type ClusterClient, type ExecResult, type Stored } from '../../sim';

export class ContainerFiles {
  constructor(
    private readonly client: ClusterClient,
    private readonly pod: Stored<Pod>,
    private readonly container: string,
  ) {}

  /** checkDestinationIsDir: any failure, an exec that cannot start included, means no. */
  isDir(path: string): boolean {
    try {
      return this.exec(['test', '-d', path]).exitCode === 0;
    } catch (e) {
      if (isApiError(e)) return false;
      throw e;
    }
  }

  /** The archive of `path` (stdout) and what tar printed (stderr). */
  archive(path: string): ExecResult {
    return this.exec(['tar', 'cf', '-', path]);
  }

  /** Unpacks `archive` under `dir`; `noPreserve` is `--no-preserve`. */
  extract(archive: string, dir: string, noPreserve: boolean): ExecResult {
    const command = ['tar', ...(noPreserve ? ['--no-same-permissions', '--no-same-owner'] : []), '-xmf', '-', ...(dir ? ['-C', dir] : [])];
    return this.exec(command, archive);
  }

  private exec(command: string[], stdin?: string): ExecResult {
    return this.client.exec(this.pod.metadata.namespace ?? 'default', this.pod.metadata.name, { container: this.container, command, ...(stdin !== undefined ? { stdin } : {}) });
  }
}
