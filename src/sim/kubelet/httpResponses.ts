/** What a serving container answers to an HTTP request (curl through the network layer, httpGet probes). */
import { fillTemplate } from './logTemplates';
import type { ServeSpec } from './programTypes';

export interface HttpRequest {
  method: string;
  /** Path with query: `/echo?msg=hi`. */
  path: string;
  /** The Host header as the client sent it. */
  host: string;
  clientIP: string;
  headers?: Record<string, string>;
}

export interface ServerContext {
  now: number;
  startedAt: number;
  hostname: string;
  podIP: string;
  env: Record<string, string>;
  /** The serving container's files, for servers that answer from a document root. */
  fs?: Record<string, string>;
}

export interface HttpResponse {
  status: number;
  contentType: string;
  body: string;
}

function echoserver(req: HttpRequest, ctx: ServerContext, port: number): string {
  const [path, query] = req.path.split('?');
  const headers = { accept: '*/*', host: req.host, 'user-agent': 'curl/8.5.0', ...req.headers };
  return [
    'CLIENT VALUES:',
    `client_address=${req.clientIP}`,
    `command=${req.method}`,
    `real path=${path}`,
    `query=${query ?? 'nil'}`,
    'request_version=1.1',
    `request_uri=http://${ctx.podIP}:${port}${req.path}`,
    '',
    'SERVER VALUES:',
    'server_version=nginx: 1.10.0 - lua: 10001',
    '',
    'HEADERS RECEIVED:',
    ...Object.entries(headers)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k.toLowerCase()}=${v}`),
    'BODY:',
    '-no body in request-',
  ].join('\n');
}

/** nginx's own error page, as its default configuration renders it (CRLF line ends, server_tokens on). */
function nginxErrorPage(status: number, server: string): HttpResponse {
  const title = status === 403 ? '403 Forbidden' : '404 Not Found';
  const lines = ['<html>', `<head><title>${title}</title></head>`, '<body>', `<center><h1>${title}</h1></center>`, `<hr><center>${server}</center>`, '</body>', '</html>'];
  return { status, contentType: 'text/html', body: lines.map((l) => `${l}\r\n`).join('') };
}

/**
 * Static files under `root`: a path ending in `/` is a directory served by its index.html; a
 * directory without one is 403 (autoindex off), anything else missing 404.
 */
function serveFile(root: string, server: string, path: string, fs: Record<string, string>): HttpResponse {
  const clean = decodeURIComponent(path.split('?')[0]);
  const file = `${root}${clean.endsWith('/') ? `${clean}index.html` : clean}`;
  if (file in fs) return { status: 200, contentType: file.endsWith('.html') ? 'text/html' : 'text/plain', body: fs[file] };
  const dir = `${root}${clean.replace(/\/?$/, '/')}`;
  const isDir = clean === '/' || Object.keys(fs).some((f) => f.startsWith(dir));
  return nginxErrorPage(isDir ? 403 : 404, server);
}

/** Undefined when the port is not served, or not by an HTTP server (the caller reports the transport error). */
/** Go's time.Time.String() of time.Now(): UTC with nanoseconds and the monotonic reading since start. */
function goTimeString(now: number, sinceStartMs: number): string {
  const iso = new Date(now).toISOString();
  // The layout's `.999999999` drops trailing zeros (and the dot with them).
  const fraction = iso.slice(20, 23).replace(/0+$/, '');
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${fraction ? `.${fraction}` : ''} +0000 UTC m=+${(sinceStartMs / 1000).toFixed(9)}`;
}

export function respondHttp(server: ServeSpec, port: number, req: HttpRequest, ctx: ServerContext): HttpResponse | undefined {
  if (!server.ports.includes(port) || server.http.kind === 'none') return undefined;
  const text = (body: string, status = 200): HttpResponse => ({ status, contentType: 'text/plain; charset=utf-8', body });
  const http = server.http;
  switch (http.kind) {
    case 'static':
      return { status: http.status ?? 200, contentType: http.contentType, body: fillTemplate(http.body, { now: ctx.now, hostname: ctx.hostname, podIP: ctx.podIP, env: ctx.env }) };
    case 'echoserver':
      return text(echoserver(req, ctx, port));
    case 'hostname':
      return text(ctx.hostname);
    case 'files':
      return serveFile(http.root, http.server, req.path, ctx.fs ?? {});
    case 'liveness': {
      const up = (ctx.now - ctx.startedAt) / 1000;
      if (!req.path.startsWith('/healthz')) return text('404 page not found\n', 404);
      return up < http.healthyForSeconds ? text('ok') : text(`error: ${up.toFixed(6)}s`, 500);
    }
    case 'agnhost-netexec': {
      const [path, query = ''] = req.path.split('?');
      if (path === '/hostname') return text(ctx.hostname);
      if (path === '/clientip') return text(`${req.clientIP}:41234`);
      if (path === '/echo') return text(decodeURIComponent(/(?:^|&)msg=([^&]*)/.exec(query)?.[1] ?? ''));
      if (path === '/healthz') return text('');
      return text(`NOW: ${goTimeString(ctx.now, ctx.now - ctx.startedAt)}`);
    }
  }
}
