import { describe, expect, it } from 'vitest';
import { compileContainer } from './containerCommand';
import { respondHttp } from './httpResponses';
import { nginxWelcomePage } from './imagePages';
import { resolveImage } from './images';
import { advance, startProgram } from './program';

const T0 = Date.UTC(2026, 10, 22, 4, 0, 0);

function serving(image: string, args?: string[]) {
  const r = resolveImage(image);
  if (!r.ok) throw new Error(image);
  const c = compileContainer(r.config, r.version, Object.fromEntries(r.config.env), undefined, args);
  if (!c.ok) throw new Error(c.startError);
  const st = startProgram({ program: c.program, env: r.config.env, fs: {}, now: T0, hostname: 'web-7d4b9c8f5b-x2x9k', podIP: '10.244.0.5', imagePrograms: r.config.programs, version: r.version });
  const running = advance(st, T0 + 1000).state;
  if (!running.serving) throw new Error(`${image} is not serving`);
  return running.serving;
}

/** The nginx image's own files, which containers see unless a volume is mounted over them. */
const imageFs = { '/usr/share/nginx/html/index.html': nginxWelcomePage };
const ctx = (now = T0 + 1000) => ({ now, startedAt: T0, hostname: 'web-7d4b9c8f5b-x2x9k', podIP: '10.244.0.5', env: {}, fs: imageFs });
const get = (path = '/') => ({ method: 'GET', path, host: '10.244.0.5', clientIP: '10.244.0.1' });

describe('respondHttp', () => {
  it.each([
    { name: 'nginx welcome page', image: 'nginx:1.25', port: 80, starts: '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>' },
    { name: 'httpd It works', image: 'httpd:2.4', port: 80, starts: '<html><body><h1>It works!</h1></body></html>\n' },
    { name: 'hello-app', image: 'gcr.io/google-samples/hello-app:1.0', port: 8080, starts: 'Hello, world!\nVersion: 1.0.0\nHostname: web-7d4b9c8f5b-x2x9k\n' },
    { name: 'bootcamp v2', image: 'gcr.io/google-samples/kubernetes-bootcamp:v2', port: 8080, starts: 'Hello Kubernetes bootcamp! | Running on: web-7d4b9c8f5b-x2x9k | v=2\n' },
    { name: 'echoserver', image: 'registry.k8s.io/echoserver:1.4', port: 8080, starts: 'CLIENT VALUES:\nclient_address=10.244.0.1\ncommand=GET\nreal path=/\n' },
  ])('$name', ({ image, port, starts }) => {
    const res = respondHttp(serving(image), port, get(), ctx());
    expect(res?.status).toBe(200);
    expect(res?.body.startsWith(starts)).toBe(true);
  });

  it('nginx page is the 615-byte default', () => {
    expect(respondHttp(serving('nginx'), 80, get(), ctx())?.body).toHaveLength(615);
  });

  it('answers nothing on a port the server does not listen on', () => {
    expect(respondHttp(serving('nginx'), 8080, get(), ctx())).toBeUndefined();
  });

  it('agnhost liveness turns unhealthy after 10 s', () => {
    const s = serving('registry.k8s.io/e2e-test-images/agnhost:2.40', ['liveness']);
    expect(respondHttp(s, 8080, get('/healthz'), ctx(T0 + 5000))?.status).toBe(200);
    expect(respondHttp(s, 8080, get('/healthz'), ctx(T0 + 12_000))?.status).toBe(500);
  });
});

describe('respondHttp: files from a document root (nginx)', () => {
  const server = { ports: [80], http: { kind: 'files' as const, root: '/usr/share/nginx/html', server: 'nginx/1.27.3' }, httpPort: 80 };
  const ctx = (fs: Record<string, string>) => ({ now: 0, startedAt: 0, hostname: 'web', podIP: '10.244.0.5', env: {}, fs });
  const get = (path: string, fs: Record<string, string>) => respondHttp(server, 80, { method: 'GET', path, host: 'x', clientIP: '10.244.0.1' }, ctx(fs));
  // nginx's built-in error pages end their lines with CRLF (ngx_http_special_response.c).
  const page = (title: string) => `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx/1.27.3</center>\r\n</body>\r\n</html>\r\n`;
  it.each([
    ['the index of /', '/', { '/usr/share/nginx/html/index.html': 'Hello from Kubernetes storage\n' }, 200, 'Hello from Kubernetes storage\n'],
    ['a file by path', '/a/b.txt?x=1', { '/usr/share/nginx/html/a/b.txt': 'b' }, 200, 'b'],
    ['an empty volume: the directory has no index', '/', {}, 403, page('403 Forbidden')],
    ['a missing file', '/nope.html', { '/usr/share/nginx/html/index.html': 'x' }, 404, page('404 Not Found')],
    ['a probe path nginx does not have', '/healthz', { '/usr/share/nginx/html/index.html': 'x' }, 404, page('404 Not Found')],
    ['a file a volume provides', '/healthz', { '/usr/share/nginx/html/healthz': 'ok' }, 200, 'ok'],
  ])('%s', (_name, path, fs, status, body) => {
    expect(get(path, fs)).toMatchObject({ status, body });
  });
});
