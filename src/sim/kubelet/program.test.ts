import { describe, expect, it } from 'vitest';
import { compileContainer } from './containerCommand';
import { resolveImage } from './images';
import { advance, execInProgram, nextWakeTime, signalTerm, startProgram, type ProgramState } from './program';

const T0 = Date.UTC(2026, 10, 22, 3, 59, 10);

function start(image: string, command?: string[], args?: string[], env: [string, string][] = []): ProgramState {
  const r = resolveImage(image);
  if (!r.ok) throw new Error('image');
  const allEnv = [...r.config.env, ['HOSTNAME', 'pod-1'] as [string, string], ...env];
  const c = compileContainer(r.config, r.version, Object.fromEntries(allEnv), command, args);
  if (!c.ok) throw new Error(c.startError);
  return startProgram({ program: c.program, env: allEnv, fs: {}, now: T0, hostname: 'pod-1', podIP: '10.244.0.5', imagePrograms: r.config.programs, version: r.version });
}

const texts = (lines: { text: string }[]) => lines.map((l) => l.text);

describe('program interpretation', () => {
  const cases: { name: string; image: string; command?: string[]; args?: string[]; until: number; logs: string[]; exit?: number; exitAt?: number }[] = [
    { name: 'echo then exit 0', image: 'busybox', command: ['sh', '-c', 'echo hi; sleep 5'], until: 10_000, logs: ['hi'], exit: 0, exitAt: 5000 },
    { name: 'sleep 3600 stays up', image: 'busybox:1.28', command: ['sleep', '3600'], until: 60_000, logs: [] },
    { name: 'exit 1', image: 'busybox', command: ['sh', '-c', 'exit 1'], until: 1000, logs: [], exit: 1, exitAt: 0 },
    { name: 'for loop', image: 'alpine', command: ['sh', '-c', 'for i in 1 2 3; do echo $i; done'], until: 1000, logs: ['1', '2', '3'], exit: 0 },
    { name: 'false', image: 'busybox', command: ['false'], until: 1000, logs: [], exit: 1 },
    { name: 'echo words', image: 'busybox', command: ['echo', 'Hello from the Kubernetes cluster'], until: 1000, logs: ['Hello from the Kubernetes cluster'], exit: 0 },
    { name: 'date loop prints the virtual time', image: 'busybox', args: ['/bin/sh', '-c', 'i=0; while true; do echo "$i: $(date)"; i=$((i+1)); sleep 1; done'], until: 2000, logs: ['0: Sun Nov 22 03:59:10 UTC 2026', '1: Sun Nov 22 03:59:11 UTC 2026', '2: Sun Nov 22 03:59:12 UTC 2026'] },
    { name: 'unknown command inside sh', image: 'busybox', command: ['sh', '-c', 'foo; echo $?'], until: 1000, logs: ['sh: foo: not found', '127'], exit: 0 },
    { name: 'printenv of one var', image: 'busybox', command: ['printenv', 'HOSTNAME'], until: 1000, logs: ['pod-1'], exit: 0 },
    { name: 'cat a missing file', image: 'busybox', command: ['cat', '/etc/config/x'], until: 1000, logs: ["cat: can't open '/etc/config/x': No such file or directory"], exit: 1 },
    { name: 'hello-app', image: 'gcr.io/google-samples/hello-app:1.0', until: 1000, logs: ['2026/11/22 03:59:10 Server listening on port 8080'] },
    { name: 'mysql without password', image: 'mysql:8.0', until: 1000, logs: [], exit: 1 },
    { name: 'pipe into grep', image: 'busybox', command: ['sh', '-c', 'printf "a\\nb\\n" | grep b'], until: 1000, logs: ['b'], exit: 0 },
    { name: 'if/else on a file test', image: 'busybox', command: ['sh', '-c', 'touch /x; if [ -f /x ]; then echo yes; else echo no; fi'], until: 1000, logs: ['yes'], exit: 0 },
    { name: 'default expansion', image: 'busybox', command: ['sh', '-c', 'echo ${MISSING:-fallback}'], until: 1000, logs: ['fallback'], exit: 0 },
    { name: '&& and || short-circuit', image: 'busybox', command: ['sh', '-c', 'false && echo no || echo yes'], until: 1000, logs: ['yes'], exit: 0 },
    { name: 'redirect to a file and read back', image: 'busybox', command: ['sh', '-c', 'echo hi > /tmp/f; cat /tmp/f'], until: 1000, logs: ['hi'], exit: 0 },
    { name: 'until loop with arithmetic', image: 'busybox', command: ['sh', '-c', 'i=0; until [ $i -ge 2 ]; do i=$((i+1)); echo $i; done'], until: 1000, logs: ['1', '2'], exit: 0 },
    { name: 'dash wording for unknown commands', image: 'ubuntu', command: ['sh', '-c', 'foo'], until: 1000, logs: ['sh: 1: foo: not found'], exit: 127 },
    { name: 'curl image: args that are a command run it (entrypoint.sh exec "$@")', image: 'curlimages/curl:8.11.0', args: ['sleep', '3600'], until: 60_000, logs: [] },
    { name: 'curl image: args that are a command, one that exits', image: 'curlimages/curl:8.11.0', args: ['echo', 'hi'], until: 1000, logs: ['hi'], exit: 0 },
    { name: 'curl image: no args runs bare curl', image: 'curlimages/curl:8.11.0', until: 1000, logs: ["curl: try 'curl --help' or 'curl --manual' for more information"], exit: 2 },
    { name: 'syntax error', image: 'busybox', command: ['sh', '-c', 'while true; do echo'], until: 1000, logs: ['sh: syntax error: unexpected end of file (expecting "done")'], exit: 2 },
  ];
  it.each(cases)('$name', (c) => {
    const r = advance(start(c.image, c.command, c.args), T0 + c.until);
    if (c.logs.length || c.name !== 'mysql without password') expect(texts(r.logLines)).toEqual(c.logs);
    expect(r.exited?.code).toBe(c.exit);
    if (c.exitAt !== undefined) expect(r.exited?.at).toBe(T0 + c.exitAt);
  });

  it('nginx prints the entrypoint and worker lines and serves port 80', () => {
    const r = advance(start('nginx:1.25'), T0 + 1000);
    expect(r.logLines[0].text).toBe('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration');
    expect(texts(r.logLines)).toContain('2026/11/22 03:59:10 [notice] 1#1: start worker process 30');
    expect(r.state.serving?.ports).toEqual([80]);
    expect(nextWakeTime(r.state)).toBeUndefined();
  });

  it('the liveness example removes /tmp/healthy after 30 s', () => {
    const s = start('registry.k8s.io/busybox:1.27.2', undefined, ['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600']);
    const at10 = advance(s, T0 + 10_000).state;
    expect(execInProgram(at10, ['cat', '/tmp/healthy'], T0 + 10_000).exitCode).toBe(0);
    const at31 = advance(at10, T0 + 31_000).state;
    const probe = execInProgram(at31, ['cat', '/tmp/healthy'], T0 + 31_000);
    expect(probe.exitCode).toBe(1);
    expect(probe.stderr).toBe("cat: can't open '/tmp/healthy': No such file or directory\n");
  });

  it('perl computes pi', () => {
    const r = advance(start('perl:5.34.0', ['perl', '-Mbignum=bpi', '-wle', 'print bpi(2000)']), T0 + 60_000);
    expect(r.logLines[0].text.startsWith('3.14159265358979323846264338327950288419716939937510')).toBe(true);
    expect(r.logLines[0].text).toHaveLength(2001);
    expect(r.exited?.code).toBe(0);
  });

  it.each([
    { name: 'sleep ignores SIGTERM as PID 1', image: 'busybox', command: ['sleep', '3600'], exit: undefined },
    { name: 'nginx quits at once', image: 'nginx', command: undefined, exit: 0 },
    { name: 'trap exits on TERM while waiting', image: 'busybox', command: ['sh', '-c', "trap 'exit 0' TERM; sleep 9999 & wait"], exit: 0 },
  ])('$name', (c) => {
    const running = advance(start(c.image, c.command), T0 + 1000).state;
    const r = advance(signalTerm(running, T0 + 1000), T0 + 2000);
    expect(r.exited?.code).toBe(c.exit);
  });

  it.each([
    { name: 'without stdin a bare shell exits at once', stdin: false, exit: 0 },
    { name: 'with stdin open it waits', stdin: true, exit: undefined },
  ])('$name', ({ stdin, exit }) => {
    const r = resolveImage('busybox');
    if (!r.ok) throw new Error('image');
    const c = compileContainer(r.config, r.version, {}, undefined, undefined, stdin);
    if (!c.ok) throw new Error(c.startError);
    const st = startProgram({ program: c.program, env: [], fs: {}, now: T0, hostname: 'p', podIP: '10.244.0.5' });
    expect(advance(st, T0 + 60_000).exited?.code).toBe(exit);
  });

  it.each([
    { name: 'unknown executable', image: 'busybox', command: ['foo'], msg: 'exec: "foo": executable file not found in $PATH' },
    { name: 'no shell in hello-app', image: 'gcr.io/google-samples/hello-app:2.0', command: ['sh', '-c', 'echo'], msg: 'exec: "sh": executable file not found in $PATH' },
    { name: 'no bash in busybox', image: 'busybox', command: ['bash'], msg: 'exec: "bash": executable file not found in $PATH' },
  ])('start error: $name', (c) => {
    const r = resolveImage(c.image);
    if (!r.ok) throw new Error('image');
    const p = compileContainer(r.config, r.version, {}, c.command);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.startError).toContain(c.msg);
  });
});
