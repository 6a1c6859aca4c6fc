/**
 * The status line and headers each image's server sends, as `curl -i`/`-I` shows them: nginx's
 * `Server: nginx/1.27.3` with ETag and Last-Modified, Apache's, Go's sorted minimal set, the
 * bootcamp's chunked Node.js reply. The kubelet supplies the body; the server software is a
 * property of the image.
 */
import type { PodHttpResult } from '../client/types';
import { resolveImage } from '../kubelet/images';
import type { HttpResponse } from './types';

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** nginx words some status lines its own way. */
const NGINX_REASONS: Record<number, string> = { 503: 'Service Temporarily Unavailable', 302: 'Moved Temporarily', 504: 'Gateway Time-out' };

export function reasonPhrase(status: number, nginx = false): string {
  return (nginx ? NGINX_REASONS[status] : undefined) ?? REASONS[status] ?? '';
}

/** Content-Length counts bytes, not UTF-16 units. */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

export function httpDate(ms: number): string {
  return new Date(ms).toUTCString();
}

/** When the nginx image's index.html was built (Last-Modified and the ETag derive from it). */
const NGINX_PAGE_MTIME = Date.UTC(2024, 10, 26, 15, 55, 0);

type Family = 'nginx' | 'httpd' | 'php-apache' | 'go' | 'http-echo' | 'node' | 'echoserver' | 'other';

function familyOf(repository: string): Family {
  if (/\/(nginx|nginx-slim|hello-frontend)$/.test(repository)) return 'nginx';
  if (repository.endsWith('/httpd')) return 'httpd';
  if (repository.endsWith('/hpa-example') || repository.endsWith('/wordpress') || repository.endsWith('/gb-frontend')) return 'php-apache';
  if (repository.endsWith('/http-echo')) return 'http-echo';
  if (/\/(hello-app|agnhost|serve_hostname)$/.test(repository)) return 'go';
  if (repository.endsWith('/kubernetes-bootcamp')) return 'node';
  if (repository.endsWith('/echoserver')) return 'echoserver';
  return 'other';
}

/** A pod's answer as it travels back: status line, the image's headers, the body. */
export function podResponse(result: PodHttpResult, now: number): HttpResponse {
  const res = result.response!;
  const image = result.image ? resolveImage(result.image) : undefined;
  const family = image?.ok ? familyOf(image.ref.repository) : 'other';
  const version = image?.ok ? image.version : '';
  const date = httpDate(now);
  const length = String(utf8Length(res.body));
  const type = res.contentType;
  let headers: [string, string][];
  switch (family) {
    case 'nginx': {
      const etag = `"${Math.floor(NGINX_PAGE_MTIME / 1000).toString(16)}-${Number(length).toString(16)}"`;
      headers = [['Server', `nginx/${version}`], ['Date', date], ['Content-Type', type], ['Content-Length', length], ['Last-Modified', httpDate(NGINX_PAGE_MTIME)], ['Connection', 'keep-alive'], ['ETag', etag], ['Accept-Ranges', 'bytes']];
      break;
    }
    case 'httpd':
      headers = [['Date', date], ['Server', `Apache/${version} (Unix)`], ['Last-Modified', 'Mon, 11 Jun 2007 18:53:14 GMT'], ['ETag', '"2d-432a5e4a73a80"'], ['Accept-Ranges', 'bytes'], ['Content-Length', length], ['Content-Type', type]];
      break;
    case 'php-apache':
      headers = [['Date', date], ['Server', 'Apache/2.4.10 (Debian)'], ['X-Powered-By', 'PHP/5.6.20'], ['Content-Length', length], ['Content-Type', type]];
      break;
    // Go's net/http: the handler's own headers (sorted), then Date, Content-Length, Content-Type.
    case 'go':
      headers = [['Date', date], ['Content-Length', length], ['Content-Type', type]];
      break;
    case 'http-echo':
      // 1.0 added its name and version headers; 0.2.x answers like any Go server.
      headers = [...(version.startsWith('0.') ? [] : ([['X-App-Name', 'http-echo'], ['X-App-Version', version]] as [string, string][])), ['Date', date], ['Content-Length', length], ['Content-Type', type]];
      break;
    case 'node':
      // Node's http module: the handler's setHeader() calls first, then what it adds itself.
      headers = [['Content-Type', type], ['Date', date], ['Connection', 'keep-alive'], ['Transfer-Encoding', 'chunked']];
      break;
    case 'echoserver':
      headers = [['Server', 'nginx/1.10.0'], ['Date', date], ['Content-Type', type], ['Transfer-Encoding', 'chunked'], ['Connection', 'keep-alive']];
      break;
    default:
      headers = [['Date', date], ['Content-Type', type], ['Content-Length', length]];
  }
  return { status: res.status, reason: reasonPhrase(res.status, family === 'nginx' || family === 'echoserver'), headers, body: res.body };
}

/** A page nginx itself generates (ingress-nginx's 404 and 503), with its CRLF line ends. */
export function nginxErrorPage(status: number, now: number): HttpResponse {
  const title = `${status} ${reasonPhrase(status, true)}`;
  const body = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
  return {
    status,
    reason: reasonPhrase(status, true),
    headers: [['Date', httpDate(now)], ['Content-Type', 'text/html'], ['Content-Length', String(body.length)], ['Connection', 'keep-alive']],
    body,
  };
}

/** The API server's answer to an unauthenticated request (anonymous auth is on, RBAC says no). */
export function anonymousForbidden(path: string, now: number, verb = 'get'): HttpResponse {
  const p = path.split('?')[0];
  const body = `${JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `forbidden: User "system:anonymous" cannot ${verb} path "${p}"`, reason: 'Forbidden', details: {}, code: 403 }, null, 2)}\n`;
  return {
    status: 403,
    reason: 'Forbidden',
    headers: [['Audit-Id', '5b6e1c52-2a8f-4f0e-9d3c-1f0e7f6b2a11'], ['Cache-Control', 'no-cache, private'], ['Content-Type', 'application/json'], ['X-Content-Type-Options', 'nosniff'], ['Date', httpDate(now)], ['Content-Length', String(body.length)]],
    body,
  };
}
