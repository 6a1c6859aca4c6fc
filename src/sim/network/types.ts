/** The data plane's vocabulary: who sends, what is asked, and what comes back on the wire. */

/**
 * Where a connection starts: the learner's machine (the minikube host) or inside a pod. A host
 * origin with `nodeIP` is a shell on that node (`minikube ssh`): on the node network, in reach of
 * ClusterIPs and pod IPs as the node's kube-proxy and routes allow.
 */
export type Origin = { kind: 'host'; nodeIP?: string } | { kind: 'pod'; namespace: string; name: string };

export const HOST: Origin = { kind: 'host' };

export interface HttpRequest {
  method: string;
  /** What the client connects to: a DNS name or an IP. */
  host: string;
  port: number;
  /** Path with query. */
  path: string;
  /** Extra headers as the client sends them (`Host` overrides the default). */
  headers: Record<string, string>;
  body?: string;
  userAgent: string;
  /** `https://`: the client speaks TLS first. */
  tls?: boolean;
  /** `curl -k`: accept any certificate. */
  insecure?: boolean;
}

export interface HttpResponse {
  status: number;
  reason: string;
  /** In the order the server sends them. */
  headers: [string, string][];
  body: string;
}

/** How a connection attempt ends; transport failures carry what the tools need to word them. */
export type Outcome =
  /** `serverMs`: how long the pod worked on it (hpa-example's sqrt loop); the client waits that long. */
  | { kind: 'response'; ip: string; response: HttpResponse; serverMs?: number }
  | { kind: 'unresolved' }
  /** A TCP reset or ICMP reject: nothing listens, or kube-proxy rejects a Service without endpoints. */
  | { kind: 'refused'; ip: string }
  /** Packets vanish: unroutable from here, dropped by a NetworkPolicy, a node that is down. */
  | { kind: 'timeout'; ip: string }
  /** The port accepts TCP but speaks no HTTP (redis, mysql): the connection closes without a reply. */
  | { kind: 'empty'; ip: string }
  /** TLS spoken to a plain-HTTP port: the handshake reads an HTTP answer. */
  | { kind: 'tlsMismatch'; ip: string }
  /** A TLS server whose certificate the client does not trust (`-k` skips the check). */
  | { kind: 'untrusted'; ip: string; selfSigned: boolean };

export type DnsAnswer =
  /** `cname`: the ExternalName the name pointed to on the way. */
  | { kind: 'A'; name: string; addresses: string[]; cname?: string }
  | { kind: 'CNAME'; name: string; target: string }
  | { kind: 'NXDOMAIN'; tried: string[] }
  /** No nameserver answered (egress to kube-dns denied). */
  | { kind: 'TIMEOUT' };

/** Per-pod load, for metrics and autoscaling: cumulative since the pod first served. */
export interface RequestStats {
  requests: number;
  /** CPU time the requests cost, in milliseconds (php-apache's loop is expensive, nginx's static page is not). */
  cpuMs: number;
  /** Virtual ms of the last request. */
  lastRequestAt: number;
}
