/**
 * The one door into the cluster. Every caller — kubectl, controllers, the scheduler, kubelets,
 * lesson checks, the UI bridge — uses this interface, whose calls mirror the REST API.
 * Calls are synchronous (everything is in one process) and throw `ApiError` carrying a
 * metav1.Status on failure.
 */
import type { GroupVersionResource, KubeObject, ObjectList, Stored, WatchEvent } from '../api/types';

export type ResourceRef = Pick<GroupVersionResource, 'group' | 'resource'> & { version?: string };

export interface ListOptions {
  namespace?: string;
  /** `app=web,tier!=db`, `env in (a,b)`, `!canary`. */
  labelSelector?: string;
  /** `metadata.name=x`, `spec.nodeName=node-1`, `status.phase!=Running`. */
  fieldSelector?: string;
}

export interface WatchOptions extends ListOptions {
  /** Resume after this version; `410 Gone` if the store no longer remembers it. Omitted: from now. */
  resourceVersion?: string;
  /** Deliver the current objects as ADDED first (what `kubectl get -w` shows). */
  sendInitialEvents?: boolean;
}

export interface WriteOptions {
  namespace?: string;
  dryRun?: boolean;
  fieldManager?: string;
  /** `status` or `scale`; the main resource when omitted. */
  subresource?: string;
  /**
   * Unknown or mistyped fields: `Strict` refuses them (what kubectl asks for); without it the
   * server drops them (it would warn, but components read no warnings).
   */
  fieldValidation?: 'Strict' | 'Warn' | 'Ignore';
}

export type PatchType = 'merge' | 'json' | 'strategic' | 'apply';

export type PropagationPolicy = 'Background' | 'Foreground' | 'Orphan';

export interface DeleteOptions {
  namespace?: string;
  dryRun?: boolean;
  gracePeriodSeconds?: number;
  propagationPolicy?: PropagationPolicy;
  preconditions?: { uid?: string; resourceVersion?: string };
}

export interface LogOptions {
  container?: string;
  previous?: boolean;
  tailLines?: number;
  sinceSeconds?: number;
  timestamps?: boolean;
}

export type Unsubscribe = () => void;

export interface ExecOptions {
  container?: string;
  command: string[];
  stdin?: string;
  /** `kubectl exec -t`: the command's output goes to a terminal (curl then shows no progress meter). */
  tty?: boolean;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** An HTTP request the network delivers to a pod port. */
export interface PodHttpRequest {
  method: string;
  /** Path with query: `/echo?msg=hi`. */
  path: string;
  /** The Host header as the client sent it. */
  host: string;
  clientIP: string;
  headers?: Record<string, string>;
}

/** What a pod port did with a request: `listening: false` is a TCP reset (connection refused). */
export interface PodHttpResult {
  listening: boolean;
  /** Absent while listening: the port speaks TCP but not HTTP. */
  response?: { status: number; contentType: string; body: string };
  /** The serving container's image as the pod spec names it (the network derives `Server:` from it). */
  image?: string;
}

/** What a kubelet serves to the API server: the sim's stand-in for its HTTPS port. */
export interface NodeServer {
  logs(namespace: string, pod: string, opts: LogOptions): string;
  /** Runs a command in a running container (`pods/exec`). Throws ApiError when it cannot. */
  exec?(namespace: string, pod: string, opts: ExecOptions): ExecResult;
  /** Delivers a request to a pod port on this node; undefined when the node is down (packets vanish). */
  http?(namespace: string, pod: string, port: number, req: PodHttpRequest): PodHttpResult | undefined;
}

export interface ClusterClient {
  get<T extends object = KubeObject>(r: ResourceRef, name: string, opts?: { namespace?: string; subresource?: string }): Stored<T>;
  list<T extends object = KubeObject>(r: ResourceRef, opts?: ListOptions): ObjectList<T>;
  create<T extends object = KubeObject>(r: ResourceRef, obj: T, opts?: WriteOptions): Stored<T>;
  update<T extends object = KubeObject>(r: ResourceRef, obj: T, opts?: WriteOptions): Stored<T>;
  patch<T extends object = KubeObject>(r: ResourceRef, name: string, type: PatchType, patch: unknown, opts?: WriteOptions): Stored<T>;
  /** Returns the object as it stands after the call: gone (last state) or marked for deletion. */
  delete<T extends object = KubeObject>(r: ResourceRef, name: string, opts?: DeleteOptions): Stored<T>;
  watch<T extends object = KubeObject>(r: ResourceRef, opts: WatchOptions, onEvent: (e: WatchEvent<T>) => void): Unsubscribe;
  /** POST to a subresource: `binding`, `eviction`. */
  createSubresource<T extends object = KubeObject>(r: ResourceRef, name: string, subresource: string, body: T, opts?: WriteOptions): KubeObject;
  /** GET pods/log. */
  logs(namespace: string, pod: string, opts?: LogOptions): string;
  /** POST pods/exec, non-interactive: the command runs to completion and its output returns. */
  exec(namespace: string, pod: string, opts: ExecOptions): ExecResult;
  /** A kubelet announces the endpoint the API server proxies `logs` and `exec` to. */
  serveNode(nodeName: string, server: NodeServer): void;
}
