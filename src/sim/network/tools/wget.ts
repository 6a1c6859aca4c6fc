/**
 * busybox wget (1.36), the one in busybox, alpine and most `kubectl run -it … -- sh` pods:
 * `-q -O-` prints just the body, the default saves `index.html` with a progress bar on stderr,
 * `--spider` only checks, `-T` bounds the wait, and errors read `wget: bad address 'foo'`.
 */
import { parseUrl, synTimeoutMs, type ToolContext, type ToolResult } from './toolTypes';

interface WgetOptions {
  quiet: boolean;
  output?: string;
  spider: boolean;
  timeout?: number;
  serverResponse: boolean;
  headers: Record<string, string>;
  userAgent: string;
  postData?: string;
  url?: string;
}

const USAGE = 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n\nRetrieve files via HTTP or FTP\n';

function parseArgs(args: string[]): WgetOptions | undefined {
  const o: WgetOptions = { quiet: false, spider: false, serverResponse: false, headers: {}, userAgent: 'Wget' };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (inline: string) => (inline !== '' ? inline : args[++i]);
    if (a === '--spider') o.spider = true;
    else if (a === '--header') {
      const h = args[++i] ?? '';
      const c = h.indexOf(':');
      if (c > 0) o.headers[h.slice(0, c).trim()] = h.slice(c + 1).trim();
    } else if (a.startsWith('--post-data')) o.postData = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
    else if (a.startsWith('--timeout')) o.timeout = Number(a.includes('=') ? a.slice(10) : args[++i]);
    else if (a === '--quiet') o.quiet = true;
    else if (a.startsWith('-') && a.length > 1 && !a.startsWith('--')) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (c === 'q') o.quiet = true;
        else if (c === 'S') o.serverResponse = true;
        else if (c === 'c') continue;
        else if (c === 'O' || c === 'T' || c === 'U' || c === 'Y' || c === 'P') {
          const v = value(a.slice(j + 1));
          if (v === undefined) return undefined;
          if (c === 'O') o.output = v;
          if (c === 'T') o.timeout = Number(v);
          if (c === 'U') o.userAgent = v;
          break;
        } else return undefined;
      }
    } else if (a.startsWith('--')) return undefined;
    else o.url ??= a;
  }
  return o;
}

function bar(name: string, bytes: number): string {
  return `${name.padEnd(20).slice(0, 20)} 100% |********************************| ${String(bytes).padStart(5)}  0:00:00 ETA\n`;
}

export function runWget(ctx: ToolContext, args: string[]): ToolResult {
  const o = parseArgs(args);
  if (!o || !o.url) return { exitCode: 1, stdout: '', stderr: USAGE, elapsedMs: 0 };
  const url = parseUrl(o.url);
  if (!url) return { exitCode: 1, stdout: '', stderr: `wget: not an http or ftp url: ${o.url}\n`, elapsedMs: 0 };
  const r: ToolResult = { exitCode: 1, stdout: '', stderr: '', elapsedMs: 1 };
  const answer = ctx.net.resolve(ctx.origin, url.host, ctx.hosts);
  if (answer.kind !== 'A') {
    r.stderr = `wget: bad address '${url.host}'\n`;
    if (answer.kind === 'TIMEOUT') r.elapsedMs = 10_000;
    return r;
  }
  const ip = answer.addresses[0];
  if (!o.quiet) r.stderr += `Connecting to ${url.host}${url.port === 80 ? '' : `:${url.port}`} (${ip}:${url.port})\n`;
  const out = ctx.net.http(ctx.origin, ip, {
    method: o.spider ? 'HEAD' : o.postData !== undefined ? 'POST' : 'GET',
    host: url.host,
    port: url.port,
    path: url.path,
    headers: o.headers,
    userAgent: o.userAgent,
    tls: url.scheme === 'https',
    ...(o.postData !== undefined ? { body: o.postData } : {}),
  });
  if (out.kind === 'timeout') {
    const limit = o.timeout !== undefined && o.timeout * 1000 < synTimeoutMs(ip, url.port);
    r.elapsedMs = limit ? o.timeout! * 1000 : synTimeoutMs(ip, url.port);
    r.stderr += limit ? 'wget: download timed out\n' : `wget: can't connect to remote host (${ip}): Connection timed out\n`;
    return r;
  }
  if (out.kind === 'refused') return { ...r, stderr: `${r.stderr}wget: can't connect to remote host (${ip}): Connection refused\n` };
  if (out.kind !== 'response') return { ...r, stderr: `${r.stderr}wget: error getting response: Connection reset by peer\n` };
  const res = out.response;
  r.elapsedMs += out.serverMs ?? 0;
  if (o.serverResponse) r.stderr += `  HTTP/1.1 ${res.status} ${res.reason}\n${res.headers.map(([k, v]) => `  ${k}: ${v}\n`).join('')}`;
  if (res.status >= 400) return { ...r, stderr: `${r.stderr}wget: server returned error: HTTP/1.1 ${res.status} ${res.reason}\n` };
  r.exitCode = 0;
  if (o.spider) {
    if (!o.quiet) r.stderr += 'remote file exists\n';
    return r;
  }
  const file = o.output ?? (url.path.split('?')[0].split('/').pop() || 'index.html');
  if (file === '-') {
    r.stdout = res.body;
    if (!o.quiet) r.stderr += `writing to stdout\n${bar('-', res.body.length)}written to stdout\n`;
    return r;
  }
  r.files = { [file]: res.body };
  if (!o.quiet) r.stderr += `saving to '${file}'\n${bar(file, res.body.length)}'${file}' saved\n`;
  return r;
}
