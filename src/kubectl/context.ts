/**
 * Everything kubectl needs from its host, injected so the same code runs in the browser worker,
 * the headless shell and tests: the cluster client, IO, virtual time, Ctrl-C, the virtual
 * filesystem and the kubeconfig.
 */
import type { ClusterClient, ResourceInfo } from './sim';

export interface Writer {
  write(s: string): void;
}

export interface Interrupt {
  readonly aborted: boolean;
  /** Registers `fn` for Ctrl-C; returns a function that unregisters it. */
  onAbort(fn: () => void): () => void;
}

export interface KubeContextEntry {
  name: string;
  cluster: string;
  user: string;
  namespace?: string;
}

/** The part of ~/.kube/config kubectl reads and `kubectl config` writes. */
export interface KubeconfigState {
  currentContext: string;
  contexts: KubeContextEntry[];
}

export interface KubectlContext {
  client: ClusterClient;
  stdin: string;
  stdout: Writer;
  stderr: Writer;
  /** Virtual milliseconds since the epoch. */
  now(): number;
  /** Lets virtual time pass (the cluster runs meanwhile). */
  sleep(seconds: number): Promise<void>;
  interrupt: Interrupt;
  /** Contents of a file in the virtual filesystem, or undefined when there is none. */
  readFile(path: string): string | undefined;
  /** Entries of a directory (names, not paths), or undefined when `path` is not a directory. */
  listDir?(path: string): string[] | undefined;
  kubeconfig: KubeconfigState;
  /**
   * Opens an interactive shell in a container (`exec -it … -- sh`, `run -it`): the host sends the
   * terminal's next lines to it until it exits. Absent where nobody can type (then kubectl says so).
   */
  openShell?(spec: { namespace: string; pod: string; container: string; shell: string; onExit?: () => Promise<string> | string }): void;
  /** What API discovery answers; the built-in table when the host has no CRDs to add. */
  discovery?(): readonly ResourceInfo[];
}
