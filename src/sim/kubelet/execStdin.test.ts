/** What `kubectl exec -i` forwards reaches the program run in the container. */
import { describe, expect, it } from 'vitest';
import { compileContainer } from './containerCommand';
import { resolveImage } from './images';
import { execInProgram, startProgram, type ProgramState } from './program';

const T0 = Date.UTC(2026, 10, 22, 3, 59, 10);

function running(image: string): ProgramState {
  const r = resolveImage(image);
  if (!r.ok) throw new Error(image);
  const c = compileContainer(r.config, r.version, {}, ['sleep', '3600']);
  if (!c.ok) throw new Error(c.startError);
  return startProgram({ program: c.program, env: r.config.env, fs: { '/etc/hostname': 'web\n' }, now: T0, hostname: 'web', podIP: '10.244.0.5', imagePrograms: r.config.programs, version: r.version });
}

describe('exec with standard input', () => {
  it.each([
    { name: 'cat echoes its input', argv: ['cat'], stdin: 'hi\n', stdout: 'hi\n' },
    { name: 'without input cat reads nothing', argv: ['cat'], stdin: undefined, stdout: '' },
    { name: 'the script of sh -c reads it', argv: ['sh', '-c', 'wc -l'], stdin: 'a\nb\n', stdout: '2\n' },
    { name: 'only the first reader gets it', argv: ['sh', '-c', 'echo start; cat; cat; echo end'], stdin: 'x\n', stdout: 'start\nx\nend\n' },
    { name: 'a pipeline stage after the first reads its pipe', argv: ['sh', '-c', 'echo piped | cat'], stdin: 'ignored\n', stdout: 'piped\n' },
    { name: 'sh without -c runs its input as a script', argv: ['sh'], stdin: 'echo one\nhostname\n', stdout: 'one\nweb\n' },
    { name: 'sh -s too', argv: ['/bin/sh', '-s'], stdin: 'echo two\n', stdout: 'two\n' },
    { name: 'sh with no input exits at once', argv: ['sh'], stdin: undefined, stdout: '' },
  ])('$name', ({ argv, stdin, stdout }) => {
    const r = execInProgram(running('busybox'), argv, T0, undefined, stdin);
    expect(r).toMatchObject({ exitCode: 0, stdout, stderr: '' });
  });

  it('what the script wrote from its input stays in the container', () => {
    const r = execInProgram(running('nginx'), ['sh', '-c', 'cat > /tmp/x'], T0, undefined, 'hello\n');
    expect(r.state.fs['/tmp/x']).toBe('hello\n');
    expect(r.state.stdin).toBeUndefined();
    expect(execInProgram(r.state, ['cat', '/tmp/x'], T0).stdout).toBe('hello\n');
  });
});
