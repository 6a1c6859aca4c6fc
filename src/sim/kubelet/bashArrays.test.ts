import { describe, expect, it } from 'vitest';
import { compileContainer } from './containerCommand';
import { resolveImage } from './images';
import { advance, startProgram } from './program';

const T0 = Date.UTC(2026, 10, 22, 3, 59, 10);

/** Runs `<shell> -c script` in the image for a second; its log lines and exit code. */
function run(image: string, shell: string, script: string, env: [string, string][] = []) {
  const r = resolveImage(image);
  if (!r.ok) throw new Error('image');
  const allEnv = [...r.config.env, ...env];
  const c = compileContainer(r.config, r.version, Object.fromEntries(allEnv), [shell, '-c', script]);
  if (!c.ok) throw new Error(c.startError);
  const state = startProgram({ program: c.program, env: allEnv, fs: {}, now: T0, hostname: 'pod-1', podIP: '10.244.0.5', imagePrograms: r.config.programs, version: r.version });
  const out = advance(state, T0 + 1000);
  return { logs: out.logLines.map((l) => l.text), exit: out.exited?.code };
}

describe('bash arrays', () => {
  const define = 'items=(foo bar baz qux xyz)';
  const cases: { name: string; image: string; shell: string; script: string; env?: [string, string][]; logs: string[]; exit: number }[] = [
    { name: 'indexed-job: element at $JOB_COMPLETION_INDEX', image: 'docker.io/library/bash', shell: 'bash', script: `${define}\necho \${items[$JOB_COMPLETION_INDEX]}`, env: [['JOB_COMPLETION_INDEX', '3']], logs: ['qux'], exit: 0 },
    { name: 'literal and arithmetic indexes', image: 'bash:5', shell: 'bash', script: `${define}; i=1; echo \${items[0]} \${items[i+1]} \${items[-1]}`, logs: ['foo baz xyz'], exit: 0 },
    { name: 'all elements and their count', image: 'bash:5', shell: 'bash', script: `${define}; echo \${items[@]}; echo \${#items[@]}`, logs: ['foo bar baz qux xyz', '5'], exit: 0 },
    { name: '"${a[@]}" keeps elements whole', image: 'bash:5', shell: 'bash', script: 'a=("one two" three); for x in "${a[@]}"; do echo "<$x>"; done', logs: ['<one two>', '<three>'], exit: 0 },
    { name: 'the bare name is element 0', image: 'bash:5', shell: 'bash', script: `${define}; echo $items`, logs: ['foo'], exit: 0 },
    { name: 'elements over several lines', image: 'bash:5', shell: 'bash', script: 'a=(\n  x\n  y # why\n)\necho ${#a[@]} ${a[1]}', logs: ['2 y'], exit: 0 },
    { name: 'string length is POSIX: busybox has it', image: 'busybox', shell: 'sh', script: 'v=hello; echo ${#v}', logs: ['5'], exit: 0 },
    { name: 'busybox sh rejects an array assignment like ash', image: 'busybox', shell: 'sh', script: define, logs: ['sh: syntax error: unexpected "("'], exit: 2 },
    { name: 'busybox sh rejects a subscript', image: 'busybox', shell: 'sh', script: 'echo ${items[0]}', logs: ['sh: syntax error: bad substitution'], exit: 2 },
    { name: 'sh in the bash image is busybox ash', image: 'docker.io/library/bash', shell: 'sh', script: define, logs: ['sh: syntax error: unexpected "("'], exit: 2 },
  ];
  it.each(cases)('$name', (c) => {
    expect(run(c.image, c.shell, c.script, c.env)).toEqual({ logs: c.logs, exit: c.exit });
  });
});
