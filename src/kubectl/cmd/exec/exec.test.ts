import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../testing/fakeClient';
import { kubectl, testContext } from '../../testing/testContext';
import { seedPod } from '../../testing/fixtures';

function cluster() {
  const client = new FakeClient();
  seedPod(client, 'web-1');
  client.execHandlers.set('default/web-1', (o) =>
    o.command[0] === 'false' ? { exitCode: 1, stdout: '', stderr: '' } : { exitCode: 0, stdout: `${o.container}: ${o.command.join(' ')}${o.stdin ? ` <${o.stdin}` : ''}\n`, stderr: '' },
  );
  return client;
}

describe('kubectl exec', () => {
  it.each([
    ['a command', ['exec', 'web-1', '--', 'ls', '/'], 'nginx: ls /\n', '', 0],
    ['pod/name and a container', ['exec', 'pod/web-1', '-c', 'nginx', '--', 'date'], 'nginx: date\n', '', 0],
    ['stdin with -i', ['exec', '-i', 'web-1', '--', 'cat'], 'nginx: cat <piped\n', '', 0],
    ['a failing command', ['exec', 'web-1', '--', 'false'], '', 'command terminated with exit code 1\n', 1],
    ['the old syntax', ['exec', 'web-1', 'ls'], '', "error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n", 1],
    ['no pod', ['exec'], '', 'error: pod, type/name or --filename must be specified\n', 1],
    ['no command', ['exec', 'web-1', '--'], '', 'error: you must specify at least one command for the container\n', 1],
    ['a shell reading a piped script', ['exec', '-i', 'web-1', '--', 'sh'], 'nginx: sh <piped\n', '', 0],
    ['a TTY over piped input', ['exec', '-it', 'web-1', '--', 'cat'], 'nginx: cat <piped\n', 'Unable to use a TTY - input is not a terminal or the right kind of file\n', 0],
    ['a missing pod', ['exec', 'nope', '--', 'ls'], '', 'Error from server (NotFound): pods "nope" not found\n', 1],
  ])('%s', async (_name, argv, stdout, stderr, code) => {
    const r = await kubectl(testContext(cluster(), { stdin: 'piped' }), argv);
    expect(r).toEqual({ code, stdout, stderr });
  });

  it('an interactive shell on the terminal needs a host that can open one', async () => {
    const r = await kubectl(testContext(cluster()), ['exec', '-it', 'web-1', '--', 'sh']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'error: interactive shells are not available in this playground; run one command at a time, e.g. kubectl exec web-1 -- ls /\n' });
  });
});
