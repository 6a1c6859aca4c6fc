/** Network tools inside container scripts, through the agent's `ProgramNet` port (a fake network here). */
import { describe, expect, it } from 'vitest';
import { compileContainer } from './containerCommand';
import { resolveImage } from './images';
import { advance, execInProgram, startProgram, type ProgramState } from './program';
import type { NetToolResult, ProgramNet } from './programTypes';

const T0 = Date.UTC(2026, 10, 22, 4, 0, 0);

function start(image: string, command: string[]): ProgramState {
  const r = resolveImage(image);
  if (!r.ok) throw new Error(image);
  const c = compileContainer(r.config, r.version, Object.fromEntries(r.config.env), command);
  if (!c.ok) throw new Error(c.startError);
  return startProgram({ program: c.program, env: r.config.env, fs: {}, now: T0, hostname: 'load-generator', podIP: '10.244.0.9', imagePrograms: r.config.programs, version: r.version });
}

/** A network where `php-apache` answers `OK!` in 2 ms and wget is the only tool the image has. */
function fakeNet(calls: string[][], answer: Partial<NetToolResult> = {}): ProgramNet {
  return (tool, args) => {
    if (tool !== 'wget') return undefined;
    calls.push(args);
    return { exitCode: 0, stdout: 'OK!', stderr: '', elapsedMs: 2, ...answer };
  };
}

describe('network tools in container programs', () => {
  it('the HPA load generator sends a request every ~12 ms', () => {
    const calls: string[][] = [];
    const st = start('busybox:1.28', ['/bin/sh', '-c', 'while sleep 0.01; do wget -q -O- http://php-apache; done']);
    const r = advance(st, T0 + 1200, fakeNet(calls));
    expect(calls.length).toBe(100);
    expect(calls[0]).toEqual(['-q', '-O-', 'http://php-apache']);
    expect(r.logLines.slice(0, 2).map((l) => l.text)).toEqual(['OK!', 'OK!']);
  });

  it('without a network port the tool is not found', () => {
    const r = advance(start('busybox', ['sh', '-c', 'wget -qO- web; echo $?']), T0 + 1000);
    expect(r.logLines.map((l) => l.text)).toEqual(['sh: wget: not found', '127']);
  });

  it('a tool the image lacks stays not found', () => {
    const r = advance(start('busybox', ['sh', '-c', 'curl web']), T0 + 1000, fakeNet([]));
    expect(r.logLines.map((l) => l.text)).toEqual(['sh: curl: not found']);
  });

  it('a timed-out request takes its virtual time before the next command', () => {
    const net = fakeNet([], { exitCode: 1, stdout: '', stderr: 'wget: download timed out\n', elapsedMs: 5000 });
    const r = advance(start('busybox', ['sh', '-c', 'wget -T 5 -qO- web; echo done']), T0 + 10_000, net);
    expect(r.logLines.map((l) => [l.time - T0, l.text])).toEqual([[0, 'wget: download timed out'], [5000, 'done']]);
  });

  it('kubectl exec of a loop runs each request', () => {
    const calls: string[][] = [];
    const running = advance(start('busybox', ['sleep', '3600']), T0 + 1000).state;
    const r = execInProgram(running, ['sh', '-c', 'for i in 1 2 3; do wget -qO- web | grep -c OK; done'], T0 + 1000, fakeNet(calls));
    expect(calls).toHaveLength(3);
    expect(r.stdout).toBe('1\n1\n1\n');
  });

  it('a busybox container whose command is wget itself', () => {
    const calls: string[][] = [];
    const r = advance(start('busybox', ['wget', '-qO-', 'web']), T0 + 1000, fakeNet(calls));
    expect(calls).toEqual([['-qO-', 'web']]);
    expect(r.exited?.code).toBe(0);
  });

  it('files a tool writes land in the container', () => {
    const net: ProgramNet = () => ({ exitCode: 0, stdout: '', stderr: '', elapsedMs: 1, files: { '/tmp/index.html': 'hi' } });
    const r = advance(start('busybox', ['sh', '-c', 'wget -qO /tmp/index.html web; cat /tmp/index.html']), T0 + 1000, net);
    expect(r.logLines.map((l) => l.text)).toEqual(['hi']);
  });
});
