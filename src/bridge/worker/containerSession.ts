/**
 * An interactive shell inside a container (`kubectl exec -it web -- sh`, `kubectl run -it`):
 * while it is open the terminal's lines go to the container instead of the learner's own
 * shell, each run through pods/exec, until `exit`. The prompt is the image's shell's.
 */
import { isApiError, resolveImage, type ClusterClient, type Stored } from '../../sim';
import type { Pod } from 'kubernetes-types/core/v1';

export interface ShellSpec {
  namespace: string;
  pod: string;
  container: string;
  /** The shell the learner asked for: `sh`, `bash`, `/bin/sh` … */
  shell: string;
  /** Runs when the shell exits (e.g. `--rm` deleting the pod); returns what to print. */
  onExit?: () => Promise<string> | string;
}

export interface SessionOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** The session ended with this input. */
  closed: boolean;
}

export class ContainerSession {
  private lastStatus = 0;

  constructor(
    private readonly client: ClusterClient,
    readonly spec: ShellSpec,
  ) {}

  /** busybox and alpine's ash print `/ # `, Debian's dash `# `, bash `root@<host>:/# `. */
  prompt(): string {
    const pod = this.pod();
    const image = [...(pod?.spec?.containers ?? []), ...(pod?.spec?.ephemeralContainers ?? [])].find((c) => c.name === this.spec.container)?.image ?? '';
    const resolved = resolveImage(image);
    const userland = resolved.ok ? resolved.config.userland : 'busybox';
    if (this.spec.shell.endsWith('bash')) return `root@${pod?.spec?.hostname ?? this.spec.pod}:/# `;
    return userland === 'dash' ? '# ' : '/ # ';
  }

  async run(line: string): Promise<SessionOutput> {
    const text = line.trim();
    const exit = /^exit(?:\s+(\d+))?$/.exec(text);
    if (exit) {
      const code = exit[1] !== undefined ? Number(exit[1]) : this.lastStatus;
      const after = this.spec.onExit ? await this.spec.onExit() : '';
      return { stdout: after, stderr: '', exitCode: code, closed: true };
    }
    if (!text) return { stdout: '', stderr: '', exitCode: this.lastStatus, closed: false };
    try {
      const r = this.client.exec(this.spec.namespace, this.spec.pod, { container: this.spec.container, command: [this.spec.shell, '-c', line], tty: true });
      this.lastStatus = r.exitCode;
      return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, closed: false };
    } catch (e) {
      // The container went away under the shell: the session ends as the real one would.
      if (isApiError(e)) return { stdout: '', stderr: `${e.message}\n`, exitCode: 1, closed: true };
      throw e;
    }
  }

  private pod(): Stored<Pod> | undefined {
    try {
      return this.client.get<Pod>({ group: '', resource: 'pods' }, this.spec.pod, { namespace: this.spec.namespace });
    } catch {
      return undefined;
    }
  }
}
