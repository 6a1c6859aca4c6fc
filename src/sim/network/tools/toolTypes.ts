/** What the network tools (curl, wget, nslookup, ping) need and return, wherever they run. */
import type { DnsAnswer, HttpRequest, Origin, Outcome } from '../types';

/** The slice of ClusterNetwork the tools use. */
export interface NetworkAccess {
  resolve(origin: Origin, name: string, hosts?: Record<string, string>): DnsAnswer;
  http(origin: Origin, ip: string, req: HttpRequest): Outcome;
  ping(origin: Origin, ip: string): boolean;
  nameserver(origin: Origin): string;
  sourceIP(origin: Origin): string;
}

export interface ToolContext {
  net: NetworkAccess;
  origin: Origin;
  /** The host's `/etc/hosts` entries (ignored inside pods, which ask CoreDNS). */
  hosts?: Record<string, string>;
  /** stdout is the terminal (curl then shows no progress meter). */
  stdoutIsTTY?: boolean;
  /** The curl build (User-Agent `curl/<version>`): 8.5.0 on the host, the image's inside pods. */
  curlVersion?: string;
  /** BusyBox older than 1.29 (busybox:1.28, radial/busyboxplus): the libc-based nslookup output. */
  legacyNslookup?: boolean;
}

export interface ToolResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Virtual time the command took; the caller sleeps it. */
  elapsedMs: number;
  /** Files written (`curl -o`, `wget -O file`), path → content, for the caller's filesystem. */
  files?: Record<string, string>;
}

export interface ParsedUrl {
  scheme: 'http' | 'https';
  host: string;
  port: number;
  /** Path with query, at least `/`. */
  path: string;
}

/** `http://web:8080/x`, `web`, `10.0.0.1:80/y`: tools assume http when no scheme is given. */
export function parseUrl(raw: string): ParsedUrl | undefined {
  const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?([^/:?#]*)(?::(\d*))?([^#]*)/.exec(raw);
  if (!m || !m[2]) return undefined;
  const scheme = (m[1] ?? 'http').toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return undefined;
  const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  const rest = m[4] ?? '';
  const path = rest.startsWith('/') ? rest : `/${rest}`;
  return { scheme, host: m[2].toLowerCase(), port, path };
}

/** How long a SYN to a black hole waits before the kernel gives up (tcp_syn_retries=6), with a stable jitter. */
export function synTimeoutMs(ip: string, port: number): number {
  const spread = ip.split('.').reduce((n, o) => n * 31 + Number(o), port) % 900;
  return 130_000 + Math.abs(spread);
}
