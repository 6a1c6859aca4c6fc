import { describe, expect, it } from 'vitest';
import { podResponse, nginxErrorPage } from './responseHeaders';

const at = Date.UTC(2024, 5, 1, 0, 1, 0);
const body = (text: string) => ({ status: 200, contentType: 'text/plain; charset=utf-8', body: text });

describe('response headers by image', () => {
  const cases: [string, string, string[]][] = [
    ['nginx', 'nginx:1.27.3', ['Server: nginx/1.27.3', 'Date: Sat, 01 Jun 2024 00:01:00 GMT', 'Content-Type: text/plain; charset=utf-8', 'Content-Length: 3', 'Last-Modified: Tue, 26 Nov 2024 15:55:00 GMT', 'Connection: keep-alive', 'ETag: "6745ef54-3"', 'Accept-Ranges: bytes']],
    ['hello-app (Go)', 'gcr.io/google-samples/hello-app:1.0', ['Date: Sat, 01 Jun 2024 00:01:00 GMT', 'Content-Length: 3', 'Content-Type: text/plain; charset=utf-8']],
    ['httpd', 'httpd:2.4', ['Date: Sat, 01 Jun 2024 00:01:00 GMT', 'Server: Apache/2.4.62 (Unix)', 'Last-Modified: Mon, 11 Jun 2007 18:53:14 GMT', 'ETag: "2d-432a5e4a73a80"', 'Accept-Ranges: bytes', 'Content-Length: 3', 'Content-Type: text/plain; charset=utf-8']],
    ['bootcamp (Node, chunked)', 'gcr.io/google-samples/kubernetes-bootcamp:v1', ['Content-Type: text/plain; charset=utf-8', 'Date: Sat, 01 Jun 2024 00:01:00 GMT', 'Connection: keep-alive', 'Transfer-Encoding: chunked']],
  ];
  it.each(cases)('%s', (_n, image, want) => {
    const r = podResponse({ listening: true, response: body('ok\n'), image }, at);
    expect(r.headers.map(([k, v]) => `${k}: ${v}`)).toEqual(want);
  });

  it('counts Content-Length in bytes', () => {
    expect(podResponse({ listening: true, response: body('é'), image: 'hello-app' }, at).headers.find(([k]) => k === 'Content-Length')?.[1]).toBe('2');
  });

  it("words nginx's own error pages with its reason phrases", () => {
    const r = nginxErrorPage(503, at);
    expect([r.status, r.reason]).toEqual([503, 'Service Temporarily Unavailable']);
    expect(r.body).toContain('<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx</center>');
  });
});
