/**
 * curl 8.5 as Ubuntu 24.04 and the curl images ship it: the body on stdout, `-i`/`-I` headers with
 * CRLF, `-v` trace on stderr, `-w '%{http_code}'`, and the exact `curl: (N) …` errors for
 * unresolvable names (6), refused connections (7), timeouts (28), empty replies (52), TLS (35, 60)
 * and `--fail` (22).
 */
import type { HttpResponse, Outcome } from '../types';
import { parseCurlArgs, type CurlOptions } from './curlOptions';
import { parseUrl, synTimeoutMs, type ParsedUrl, type ToolContext, type ToolResult } from './toolTypes';

export const CURL_VERSION = '8.5.0';
const TRY_HELP = "curl: try 'curl --help' or 'curl --manual' for more information\n";
const CERT_HELP = `More details here: https://curl.se/docs/sslcerts.html

curl failed to verify the legitimacy of the server and therefore could not
establish a secure connection to it. To learn more about this situation and
how to fix it, please visit the web page mentioned above.
`;
const MAX_REDIRECTS = 50;

interface Transfer {
  url: ParsedUrl;
  ip?: string;
  outcome: Outcome;
  elapsedMs: number;
}

function headerBlock(res: HttpResponse): string {
  return `HTTP/1.1 ${res.status} ${res.reason}\r\n${res.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
}

function requestOnce(ctx: ToolContext, o: CurlOptions, url: ParsedUrl, method: string): Transfer {
  const pinned = o.resolve[`${url.host}:${url.port}`];
  const answer = pinned ? { kind: 'A' as const, addresses: [pinned] } : ctx.net.resolve(ctx.origin, url.host, ctx.hosts);
  if (answer.kind !== 'A') return { url, outcome: { kind: 'unresolved' }, elapsedMs: answer.kind === 'TIMEOUT' ? 10_000 : 2 };
  const ip = answer.addresses[0];
  const headers = Object.fromEntries(o.headers);
  const outcome = ctx.net.http(ctx.origin, ip, {
    method,
    host: url.host,
    port: url.port,
    path: url.path,
    headers,
    userAgent: o.userAgent ?? `curl/${ctx.curlVersion ?? CURL_VERSION}`,
    ...(o.data !== undefined ? { body: o.data } : {}),
    tls: url.scheme === 'https',
    insecure: o.insecure,
  });
  const serverMs = outcome.kind === 'response' ? (outcome.serverMs ?? 0) : 0;
  return { url, ip, outcome, elapsedMs: outcome.kind === 'timeout' ? synTimeoutMs(ip, url.port) : 1 + serverMs };
}

function failure(t: Transfer, o: CurlOptions): { code: number; message: string } {
  const out = t.outcome;
  const limit = Math.min(o.maxTime ?? Infinity, o.connectTimeout ?? Infinity) * 1000;
  switch (out.kind) {
    case 'unresolved':
      return { code: 6, message: `curl: (6) Could not resolve host: ${t.url.host}\n` };
    case 'refused':
      return { code: 7, message: `curl: (7) Failed to connect to ${t.url.host} port ${t.url.port} after ${t.elapsedMs} ms: Couldn't connect to server\n` };
    case 'timeout':
      if (limit < t.elapsedMs) return { code: 28, message: `curl: (28) Connection timed out after ${limit + 1} milliseconds\n` };
      return { code: 28, message: `curl: (28) Failed to connect to ${t.url.host} port ${t.url.port} after ${t.elapsedMs} ms: Couldn't connect to server\n` };
    case 'empty':
      return { code: 52, message: 'curl: (52) Empty reply from server\n' };
    case 'tlsMismatch':
      return { code: 35, message: 'curl: (35) OpenSSL/3.0.13: error:0A00010B:SSL routines::wrong version number\n' };
    case 'untrusted':
      return { code: 60, message: `curl: (60) SSL certificate problem: ${out.selfSigned ? 'self-signed certificate' : 'unable to get local issuer certificate'}\n${CERT_HELP}` };
    case 'response':
      return { code: 22, message: `curl: (22) The requested URL returned error: ${out.response.status}\n` };
  }
}

function verboseTrace(t: Transfer, method: string, o: CurlOptions, version: string): string {
  if (!t.ip) return `* Could not resolve host: ${t.url.host}\n* Closing connection\n`;
  let s = `*   Trying ${t.ip}:${t.url.port}...\n`;
  if (t.outcome.kind !== 'response') return `${s}* Failed to connect to ${t.url.host} port ${t.url.port} after ${t.elapsedMs} ms: Couldn't connect to server\n* Closing connection\n`;
  const hostHeader = o.headers.some(([k]) => k.toLowerCase() === 'host') ? [] : [`Host: ${t.url.host}${t.url.port === (t.url.scheme === 'https' ? 443 : 80) ? '' : `:${t.url.port}`}`];
  const sent = [...hostHeader, `User-Agent: ${o.userAgent ?? `curl/${version}`}`, 'Accept: */*', ...o.headers.map(([k, v]) => `${k}: ${v}`)];
  s += `* Connected to ${t.url.host} (${t.ip}) port ${t.url.port}\n> ${method} ${t.url.path} HTTP/1.1\n${sent.map((h) => `> ${h}\n`).join('')}> \n`;
  const res = t.outcome.response;
  s += `< HTTP/1.1 ${res.status} ${res.reason}\n${res.headers.map(([k, v]) => `< ${k}: ${v}\n`).join('')}< \n`;
  return `${s}* Connection #0 to host ${t.url.host} left intact\n`;
}

function writeOut(format: string, t: Transfer | undefined): string {
  const res = t?.outcome.kind === 'response' ? t.outcome.response : undefined;
  const vars: Record<string, string> = {
    http_code: String(res?.status ?? 0).padStart(3, '0'),
    response_code: String(res?.status ?? 0).padStart(3, '0'),
    remote_ip: t?.ip ?? '',
    remote_port: t?.ip ? String(t.url.port) : '',
    size_download: String(res?.body.length ?? 0),
    time_total: ((t?.elapsedMs ?? 0) / 1000).toFixed(6),
    url_effective: t ? `${t.url.scheme}://${t.url.host}${t.url.path}` : '',
    content_type: res?.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '',
  };
  return format.replace(/%\{(\w+)\}/g, (_m, k: string) => vars[k] ?? '').replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\r/g, '\r');
}

/** curl's max5data: five columns for a byte count. */
function max5(n: number): string {
  if (n < 100000) return String(n);
  if (n < 10000 * 1024) return `${Math.floor(n / 1024)}k`;
  return `${(n / 1024 / 1024).toFixed(1)}M`;
}

/** The meter curl prints on stderr when the body does not go to a terminal. */
function progressMeter(bytes: number, elapsedMs: number): string {
  const speed = max5(Math.floor((bytes * 1000) / Math.max(1, elapsedMs)));
  const pct = bytes ? '100' : '0';
  return (
    '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
    '                                 Dload  Upload   Total   Spent    Left  Speed\n' +
    `\r${pct.padStart(3)} ${max5(bytes).padStart(5)}  ${pct.padStart(3)} ${max5(bytes).padStart(5)}    0     0 ${speed.padStart(6)}      0 --:--:-- --:--:-- --:--:-- ${speed.padStart(5)}\n`
  );
}

function fileName(url: ParsedUrl): string {
  return url.path.split('?')[0].split('/').pop() ?? '';
}

export function runCurl(ctx: ToolContext, args: string[]): ToolResult {
  const parsed = parseCurlArgs(args);
  if (!parsed.ok) return { exitCode: 2, stdout: '', stderr: `${parsed.message}\n${TRY_HELP}`, elapsedMs: 0 };
  const o = parsed.opts;
  if (!o.urls.length) return { exitCode: 2, stdout: '', stderr: `curl: no URL specified\n${TRY_HELP}`, elapsedMs: 0 };
  const r: ToolResult = { exitCode: 0, stdout: '', stderr: '', elapsedMs: 0 };
  for (const raw of o.urls) {
    const code = transfer(ctx, o, raw, r);
    if (code) r.exitCode = code;
  }
  return r;
}

/** Why curl refuses a URL before connecting: an unsupported scheme, no host at all, or a bad one. */
function urlError(raw: string): { code: number; message: string } {
  const scheme = /^(\w+):\/\//.exec(raw)?.[1];
  if (scheme && !/^https?$/i.test(scheme)) return { code: 1, message: `Protocol "${scheme}" not supported` };
  if (scheme && /^\w+:\/\/(?:[/?#]|$)/.test(raw)) return { code: 3, message: 'URL rejected: No host part in the URL' };
  return { code: 3, message: 'URL rejected: Bad hostname' };
}

/** One URL on the command line, following redirects with `-L`; appends to `r`, returns the exit code. */
function transfer(ctx: ToolContext, o: CurlOptions, raw: string, r: ToolResult): number {
  let url = parseUrl(raw);
  if (!url) {
    const e = urlError(raw);
    r.stderr += `curl: (${e.code}) ${e.message}\n`;
    return e.code;
  }
  const method = o.method ?? (o.head ? 'HEAD' : o.data !== undefined ? 'POST' : 'GET');
  let t: Transfer = requestOnce(ctx, o, url, method);
  for (let hops = 0; o.location && t.outcome.kind === 'response' && hops < MAX_REDIRECTS; hops++) {
    const loc = t.outcome.response.headers.find(([k]) => k.toLowerCase() === 'location')?.[1];
    if (t.outcome.response.status < 300 || t.outcome.response.status >= 400 || !loc) break;
    if (o.include || o.head) r.stdout += headerBlock(t.outcome.response);
    r.elapsedMs += t.elapsedMs;
    url = parseUrl(loc.startsWith('/') ? `${url.scheme}://${url.host}:${url.port}${loc}` : loc) ?? url;
    t = requestOnce(ctx, o, url, method);
  }
  const limitMs = Math.min(o.maxTime ?? Infinity, o.connectTimeout ?? Infinity) * 1000;
  r.elapsedMs += Math.min(t.elapsedMs, limitMs + 1);
  if (o.verbose) r.stderr += verboseTrace(t, method, o, ctx.curlVersion ?? CURL_VERSION);
  const res = t.outcome.kind === 'response' ? t.outcome.response : undefined;
  const failed = !res || (o.fail && res.status >= 400);
  if (failed) {
    if (!o.silent && !ctx.stdoutIsTTY) r.stderr += progressMeter(0, t.elapsedMs);
    if (!o.silent || o.showError) r.stderr += failure(t, o).message;
    if (o.writeOut !== undefined) r.stdout += writeOut(o.writeOut, t);
    return failure(t, o).code;
  }
  let out = (o.include || o.head ? headerBlock(res) : '') + (method === 'HEAD' ? '' : res.body);
  const target = o.output ?? (o.remoteName ? fileName(url) : undefined);
  if (target !== undefined && target !== '') {
    if (target !== '/dev/null') r.files = { ...r.files, [target]: out };
    out = '';
  } else if (o.remoteName) {
    r.stderr += 'curl: (23) Failed writing received data to disk/application\n';
    return 23;
  }
  if (!o.silent && (target !== undefined || !ctx.stdoutIsTTY)) r.stderr += progressMeter(res.body.length, t.elapsedMs);
  r.stdout += out + (o.writeOut !== undefined ? writeOut(o.writeOut, t) : '');
  return 0;
}
