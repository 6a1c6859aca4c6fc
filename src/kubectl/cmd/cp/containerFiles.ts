/**
 * The container's side of `kubectl cp`. kubectl runs `tar` in the container through pods/exec;
 * the simulated containers' userland has no tar, so the same exec channel reads and writes the
 * files with the container's own `test`, `ls`, `cat` and `sh` — what tar would touch. A
 * container without a userland (distroless) fails the way kubectl reports a missing tar: that
 * exec is made for real, and the API server's error is kubectl's.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { isApiError, resolveImage, type ClusterClient, type Stored } from '../../sim';

export type TarFlavour = 'gnu' | 'busybox';

/**
 * Directories every Linux image has, even empty: the simulated container filesystems hold
 * files only, so `test -d /tmp` there says no.
 */
const STANDARD_DIRS = new Set(['/', '/tmp', '/root', '/home', '/etc', '/usr', '/var', '/opt', '/srv', '/mnt', '/var/tmp', '/usr/local']);

/** `"…"` for a POSIX shell: only `\`, `"`, `$` and backquote are special inside. */
const quote = (text: string) => `"${text.replace(/[\\"$`]/g, (c) => `\\${c}`)}"`;

export class ContainerFiles {
  readonly flavour: TarFlavour;

  constructor(
    private readonly client: ClusterClient,
    private readonly pod: Stored<Pod>,
    private readonly container: string,
  ) {
    const image = pod.spec?.containers.find((c) => c.name === container)?.image ?? '';
    const resolved = resolveImage(image);
    this.flavour = resolved.ok && resolved.config.userland === 'busybox' ? 'busybox' : 'gnu';
  }

  /**
   * Whether `path` is a directory, a file, or missing. The first exec also tells whether the
   * container can run anything besides its own program: if not, `tarArgs` is run as kubectl
   * would, so its error (no tar in $PATH) is what the learner sees.
   */
  kind(path: string, tarArgs: string[]): 'dir' | 'file' | 'missing' {
    let dir;
    try {
      dir = this.exec(['test', '-d', path]);
    } catch (e) {
      if (isApiError(e)) this.exec(['tar', ...tarArgs]);
      throw e;
    }
    if (dir.exitCode === 0 || STANDARD_DIRS.has(path.replace(/(.)\/+$/, '$1'))) return 'dir';
    return this.exec(['test', '-e', path]).exitCode === 0 ? 'file' : 'missing';
  }

  list(dir: string): string[] {
    return this.exec(['ls', dir]).stdout.split('\n').filter(Boolean);
  }

  read(path: string): string {
    return this.exec(['cat', path]).stdout;
  }

  write(path: string, text: string): void {
    this.exec(['sh', '-c', `echo -n ${quote(text)} > ${quote(path)}`]);
  }

  /** Every file under `dir`, as paths relative to it. */
  walk(dir: string): string[] {
    const out: string[] = [];
    for (const name of this.list(dir)) {
      const path = `${dir.replace(/\/$/, '')}/${name}`;
      if (this.exec(['test', '-d', path]).exitCode === 0) out.push(...this.walk(path).map((p) => `${name}/${p}`));
      else out.push(name);
    }
    return out;
  }

  private exec(command: string[]) {
    return this.client.exec(this.pod.metadata.namespace ?? 'default', this.pod.metadata.name, { container: this.container, command });
  }
}

/** What the container's tar prints about a path (`tar cf - /x`): the leading-slash note and a missing file. */
export const tarMessages = {
  removingLeadingSlash: (f: TarFlavour) => (f === 'gnu' ? "tar: Removing leading `/' from member names\n" : "tar: removing leading '/' from member names\n"),
  missing: (f: TarFlavour, path: string) => (f === 'gnu' ? `tar: ${path}: Cannot stat: No such file or directory\ntar: Exiting with failure status due to previous errors\n` : `tar: ${path}: No such file or directory\n`),
  missingStatus: (f: TarFlavour) => (f === 'gnu' ? 2 : 1),
};
