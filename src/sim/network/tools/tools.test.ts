import { describe, expect, it } from 'vitest';
import type { DnsAnswer, HttpRequest, Outcome } from '../types';
import { runCurl } from './curl';
import { runNslookup } from './nslookup';
import { runTool } from './podTools';
import type { NetworkAccess, ToolContext } from './toolTypes';
import { runWget } from './wget';
import { fakeClusterView } from '../fakeClusterView';

const page = '<h1>hi</h1>\n';
const ok: Outcome = { kind: 'response', ip: '10.96.0.50', response: { status: 200, reason: 'OK', headers: [['Server', 'nginx/1.27.3'], ['Content-Length', String(page.length)]], body: page } };

function fakeNet(outcome: Outcome, names: Record<string, DnsAnswer> = {}): NetworkAccess & { sent: HttpRequest[] } {
  const sent: HttpRequest[] = [];
  return {
    sent,
    resolve: (_o, name) => names[name] ?? (/^\d/.test(name) ? { kind: 'A', name, addresses: [name] } : { kind: 'A', name: `${name}.default.svc.cluster.local`, addresses: ['10.96.0.50'] }),
    http: (_o, _ip, req) => (sent.push(req), outcome),
    ping: () => true,
    nameserver: () => '10.96.0.10',
    sourceIP: () => '10.244.0.9',
  };
}
const inPod = (net: NetworkAccess): ToolContext => ({ net, origin: { kind: 'pod', namespace: 'default', name: 'client' }, stdoutIsTTY: true });
const nx: Record<string, DnsAnswer> = { foo: { kind: 'NXDOMAIN', tried: ['foo.default.svc.cluster.local', 'foo.svc.cluster.local', 'foo.cluster.local', 'foo'] } };

describe('curl', () => {
  const cases: [string, string[], Outcome, { code: number; stdout?: string; stderr?: string }][] = [
    ['body only', ['-s', 'web'], ok, { code: 0, stdout: page }],
    ['-I headers with CRLF', ['-sI', 'http://web'], ok, { code: 0, stdout: `HTTP/1.1 200 OK\r\nServer: nginx/1.27.3\r\nContent-Length: 12\r\n\r\n` }],
    ['-w http_code', ['-s', '-o', '/dev/null', '-w', '%{http_code}\\n', 'web'], ok, { code: 0, stdout: '200\n' }],
    ['unresolvable', ['foo'], ok, { code: 6, stderr: 'curl: (6) Could not resolve host: foo\n' }],
    ['refused', ['web'], { kind: 'refused', ip: '10.96.0.50' }, { code: 7, stderr: "curl: (7) Failed to connect to web port 80 after 1 ms: Couldn't connect to server\n" }],
    ['silent hides errors', ['-s', 'web'], { kind: 'refused', ip: '10.96.0.50' }, { code: 7, stderr: '' }],
    ['-sS shows them', ['-sS', 'web:8080'], { kind: 'refused', ip: '10.96.0.50' }, { code: 7, stderr: "curl: (7) Failed to connect to web port 8080 after 1 ms: Couldn't connect to server\n" }],
    ['--max-time', ['-m', '5', 'web'], { kind: 'timeout', ip: '10.96.0.50' }, { code: 28, stderr: 'curl: (28) Connection timed out after 5001 milliseconds\n' }],
    ['empty reply', ['web:6379'], { kind: 'empty', ip: '10.96.0.50' }, { code: 52, stderr: 'curl: (52) Empty reply from server\n' }],
    ['--fail on 404', ['-sSf', 'web'], { kind: 'response', ip: '1.1.1.1', response: { status: 404, reason: 'Not Found', headers: [], body: 'x' } }, { code: 22, stdout: '', stderr: 'curl: (22) The requested URL returned error: 404\n' }],
    ['no host part', ['http://'], ok, { code: 3, stderr: 'curl: (3) URL rejected: No host part in the URL\n' }],
    ['no host before the path', ['http:///x'], ok, { code: 3, stderr: 'curl: (3) URL rejected: No host part in the URL\n' }],
    ['unsupported protocol', ['foo://web'], ok, { code: 1, stderr: 'curl: (1) Protocol "foo" not supported\n' }],
    ['unknown option', ['--bogus', 'web'], ok, { code: 2, stderr: "curl: option --bogus: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n" }],
  ];
  it.each(cases)('%s', (_n, args, outcome, want) => {
    const r = runCurl(inPod(fakeNet(outcome, nx)), args);
    expect(r.exitCode).toBe(want.code);
    if (want.stdout !== undefined) expect(r.stdout).toBe(want.stdout);
    if (want.stderr !== undefined) expect(r.stderr).toBe(want.stderr);
  });

  it('sends -H, -X and -d', () => {
    const net = fakeNet(ok);
    runCurl(inPod(net), ['-s', '-H', 'Host: hello-world.example', '-d', 'a=1', 'http://192.168.49.2/']);
    expect(net.sent[0]).toMatchObject({ method: 'POST', headers: { Host: 'hello-world.example' }, body: 'a=1', port: 80, path: '/' });
  });
});

describe('busybox wget', () => {
  const cases: [string, string[], Outcome, { code: number; stdout?: string; stderr?: string; files?: Record<string, string> }][] = [
    ['-q -O- prints the body', ['-q', '-O-', 'http://web'], ok, { code: 0, stdout: page, stderr: '' }],
    ['-qO- combined', ['-qO-', 'web'], ok, { code: 0, stdout: page }],
    ['bad address', ['-qO-', 'http://foo'], ok, { code: 1, stderr: "wget: bad address 'foo'\n" }],
    ['refused', ['-qO-', 'http://web'], { kind: 'refused', ip: '10.96.0.50' }, { code: 1, stderr: "wget: can't connect to remote host (10.96.0.50): Connection refused\n" }],
    ['-T bounds a timeout', ['-q', '-T', '2', '-O-', 'web'], { kind: 'timeout', ip: '10.96.0.50' }, { code: 1, stderr: 'wget: download timed out\n' }],
    ['saves index.html', ['http://web'], ok, { code: 0, stderr: "Connecting to web (10.96.0.50:80)\nsaving to 'index.html'\nindex.html           100% |********************************|    12  0:00:00 ETA\n'index.html' saved\n", files: { 'index.html': page } }],
    ['--spider', ['--spider', 'web'], ok, { code: 0, stdout: '', stderr: 'Connecting to web (10.96.0.50:80)\nremote file exists\n' }],
    ['server error', ['-qO-', 'web'], { kind: 'response', ip: '1.1.1.1', response: { status: 404, reason: 'Not Found', headers: [], body: '' } }, { code: 1, stderr: 'wget: server returned error: HTTP/1.1 404 Not Found\n' }],
  ];
  it.each(cases)('%s', (_n, args, outcome, want) => {
    const r = runWget(inPod(fakeNet(outcome, nx)), args);
    expect(r.exitCode).toBe(want.code);
    if (want.stdout !== undefined) expect(r.stdout).toBe(want.stdout);
    if (want.stderr !== undefined) expect(r.stderr).toBe(want.stderr);
    if (want.files) expect(r.files).toEqual(want.files);
  });
});

describe('nslookup and ping', () => {
  it('prints busybox answers and NXDOMAIN for each search domain', () => {
    const found = runNslookup(inPod(fakeNet(ok, nx)), ['web'], () => undefined);
    expect(found.stdout).toBe('Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tweb.default.svc.cluster.local\nAddress: 10.96.0.50\n\n');
    const missing = runNslookup(inPod(fakeNet(ok, nx)), ['foo'], () => undefined);
    expect(missing.exitCode).toBe(1);
    expect(missing.stdout).toContain("** server can't find foo.default.svc.cluster.local: NXDOMAIN\n");
  });

  it('pings with busybox wording inside a pod', () => {
    const r = runTool('ping', inPod(fakeNet(ok)), ['-c', '2', '10.244.0.5'], fakeClusterView({}));
    expect(r.stdout).toMatch(/^PING 10\.244\.0\.5 \(10\.244\.0\.5\): 56 data bytes\n64 bytes from 10\.244\.0\.5: seq=0 ttl=64 time=\d\.\d{3} ms\n64 bytes from 10\.244\.0\.5: seq=1 .*\n\n--- 10\.244\.0\.5 ping statistics ---\n2 packets transmitted, 2 packets received, 0% packet loss\nround-trip min\/avg\/max = /);
  });
});
