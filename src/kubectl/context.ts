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

/** A `clusters[]` or `users[]` entry as the kubeconfig file spells it (`server`, `certificate-authority-data`, `token` …). */
export interface KubeNamedEntry {
  name: string;
  fields: Record<string, string | boolean>;
}

/** The part of ~/.kube/config kubectl reads and `kubectl config` writes. */
export interface KubeconfigState {
  currentContext: string;
  contexts: KubeContextEntry[];
  /** Absent until a command needs them: then they are filled from the cluster profile's endpoints. */
  clusters?: KubeNamedEntry[];
  users?: KubeNamedEntry[];
}

/** One `kubectl port-forward` listener, as the host sees it. */
export interface PortForward {
  /** `127.0.0.1` and `::1` by default (`--address`). */
  addresses: string[];
  localPort: number;
  namespace: string;
  pod: string;
  podPort: number;
  /** The host calls this for every connection it accepts, so kubectl can say `Handling connection for 8080`. */
  onConnection(): void;
}

/** Where `kubectl port-forward` registers its listeners so the host's `curl localhost:PORT` reaches the pod. */
export interface PortForwardRegistry {
  /** Starts listening; throws an Error (kubectl's wording) when the port is taken. Returns a function that stops it. */
  listen(forward: PortForward): () => void;
}

/** An HTTP answer from the API server as `kubectl proxy` relays it. */
export interface ProxyResponse {
  status: number;
  contentType: string;
  body: string;
}

/** One `kubectl proxy` listener: the host sends `curl localhost:8001/api/...` requests to `handle`. */
export interface ApiProxy {
  address: string;
  port: number;
  handle(method: string, path: string): ProxyResponse;
}

/**
 * The API server's own connections to pods (the `pods/proxy` and `services/proxy` subresources):
 * an HTTP request to a pod's port, answered or failed with the dial error's text.
 */
export type PodDialer = (namespace: string, pod: string, port: number, method: string, path: string) => ProxyResponse | { error: string };

export interface ProxyRegistry {
  /** Starts serving; throws an Error (kubectl's wording) when the port is taken. Returns a function that stops it. */
  listen(proxy: ApiProxy): () => void;
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
  /**
   * The virtual instant (ms) at which the running command gives up waiting (`--timeout`): a
   * headless host lets time run to it, as a terminal would wait, instead of ending the wait once
   * the cluster is quiet.
   */
  waitUntil?(deadlineMs: number): void;
  interrupt: Interrupt;
  /** Contents of a file in the virtual filesystem, or undefined when there is none. */
  readFile(path: string): string | undefined;
  /** Entries of a directory (names, not paths), or undefined when `path` is not a directory. */
  listDir?(path: string): string[] | undefined;
  /**
   * Writes a file in the virtual filesystem, making missing parent directories (`cluster-info dump
   * --output-directory`). Throws an Error worded like Go's os errors when it cannot.
   */
  writeFile?(path: string, text: string): void;
  kubeconfig: KubeconfigState;
  /**
   * Opens an interactive shell in a container (`exec -it … -- sh`, `run -it`): the host sends the
   * terminal's next lines to it until it exits. Absent where nobody can type (then kubectl says so).
   */
  openShell?(spec: { namespace: string; pod: string; container: string; shell: string; onExit?: () => Promise<string> | string }): void;
  /**
   * Downloads a URL given to `-f` (the browser's or Node's fetch). `error` is set when the host
   * cannot be reached; absent, kubectl reports the host as unknown.
   */
  fetchUrl?(url: string): Promise<{ status: number; statusText: string; body: string; error?: undefined } | { error: string }>;
  /** What API discovery answers; the built-in table when the host has no CRDs to add. */
  discovery?(): readonly ResourceInfo[];
  /**
   * `kubectl edit`'s editor: shows `text` as the file `filename` and resolves to the edited
   * text, or undefined when the user cancels. Absent: kubectl reports the editor ($KUBE_EDITOR,
   * $EDITOR, else vi) cannot be launched.
   */
  edit?(filename: string, text: string): Promise<string | undefined>;
  /** Environment variables of the calling shell (`KUBE_EDITOR`, `EDITOR`). */
  getenv?(name: string): string | undefined;
  /** Listeners for `kubectl port-forward`; without it the forward runs but nothing can connect. */
  portForwards?: PortForwardRegistry;
  /** Listeners for `kubectl proxy`; without it the proxy runs but nothing can connect. */
  proxies?: ProxyRegistry;
  /** How the API server reaches pods for `…/pods/NAME:PORT/proxy/`; without it those paths fail as unreachable. */
  dialPod?: PodDialer;
}
