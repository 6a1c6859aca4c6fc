/**
 * What kube-apiserver answers a client without credentials (`curl -k https://<apiserver>/…`):
 * anonymous auth is on, and RBAC's system:public-info-viewer ClusterRole (bound to
 * system:unauthenticated) lets anyone GET /version, /healthz, /livez and /readyz — exactly
 * those paths, whatever the query. Everything else is a 403 Status.
 */
import { anonymousForbidden, httpDate } from './responseHeaders';
import type { HttpResponse } from './types';

/** version.Info of the v1.32.0 release build, in Go's field order. */
export const SERVER_VERSION_INFO = {
  major: '1',
  minor: '32',
  gitVersion: 'v1.32.0',
  gitCommit: '70d3cc986aa8221cd1dfb1121852688902d3bf53',
  gitTreeState: 'clean',
  buildDate: '2024-12-11T18:04:20Z',
  goVersion: 'go1.23.3',
  compiler: 'gc',
  platform: 'linux/amd64',
};

const PUBLIC_INFO_PATHS = new Set(['/version', '/version/', '/healthz', '/livez', '/readyz']);
const AUDIT_ID = '5b6e1c52-2a8f-4f0e-9d3c-1f0e7f6b2a11';

function ok(contentType: string, body: string, now: number, nosniff: boolean): HttpResponse {
  const headers: [string, string][] = [['Audit-Id', AUDIT_ID], ['Cache-Control', 'no-cache, private'], ['Content-Type', contentType]];
  if (nosniff) headers.push(['X-Content-Type-Options', 'nosniff']);
  headers.push(['Date', httpDate(now)], ['Content-Length', String(body.length)]);
  return { status: 200, reason: 'OK', headers, body };
}

export function anonymousApiResponse(method: string, pathWithQuery: string, now: number): HttpResponse {
  const path = pathWithQuery.split('?')[0];
  // RBAC's verb for a HEAD request is get, like GET's.
  const verb = method === 'HEAD' ? 'get' : method.toLowerCase();
  if (verb !== 'get' || !PUBLIC_INFO_PATHS.has(path)) return anonymousForbidden(path, now, verb);
  // The version handler writes indented JSON with no newline after it; health checks say "ok".
  if (path.startsWith('/version')) return ok('application/json', JSON.stringify(SERVER_VERSION_INFO, null, 2), now, false);
  return ok('text/plain; charset=utf-8', 'ok', now, true);
}
