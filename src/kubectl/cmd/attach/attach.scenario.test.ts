import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../sim';
import type { KubectlContext } from '../../context';
import { kubectl, testContext } from '../../testing/testContext';

type OpenedShell = Parameters<NonNullable<KubectlContext['openShell']>>[0];

function setup() {
  const cluster = createCluster({ seed: 5 });
  const opened: OpenedShell[] = [];
  const ctx = testContext(cluster.client, { onSleep: (s) => cluster.advance(s) });
  ctx.now = () => cluster.clock.now();
  ctx.openShell = (spec) => void opened.push(spec);
  return { cluster, ctx, opened, run: (line: string | string[]) => kubectl(ctx, line) };
}

describe('kubectl attach', () => {
  it.each([
    { name: 'no argument', line: 'attach', stderr: "error: at least 1 argument is required for attach\nSee 'kubectl attach -h' for help and examples\n" },
    { name: 'too many arguments', line: 'attach a b c', stderr: "error: expected POD, TYPE/NAME, or TYPE NAME, (at most 2 arguments) saw 3: [a b c]\nSee 'kubectl attach -h' for help and examples\n" },
    { name: 'a missing pod', line: 'attach nope', stderr: 'Error from server (NotFound): pods "nope" not found\n' },
  ])('$name', async ({ line, stderr }) => {
    const t = setup();
    expect(await t.run(line)).toEqual({ code: 1, stdout: '', stderr });
  });

  it('streams what the main process writes from now on until Ctrl-C', async () => {
    const t = setup();
    await t.run(['run', 'counter', '--image=busybox', '--', 'sh', '-c', 'i=0; while true; do echo $i; i=$((i+1)); sleep 1; done']);
    t.cluster.settle();
    t.cluster.advance(5);
    const before = t.cluster.client.logs('default', 'counter', {});
    let rounds = 0;
    t.ctx.sleep = async (s) => {
      t.cluster.advance(s);
      if (++rounds === 3) t.ctx.abort();
    };
    const r = await t.run('attach counter');
    expect(r.code).toBe(130);
    expect(r.stdout).not.toBe('');
    // Only lines written after attaching: none of the earlier ones again.
    expect(before.endsWith(r.stdout)).toBe(false);
    expect(t.cluster.client.logs('default', 'counter', {}).endsWith(r.stdout)).toBe(true);
  });

  it('-it on a shell container started with stdin and a TTY hands the terminal to it', async () => {
    const t = setup();
    await t.run('run box --image=busybox --stdin --tty -- sh');
    t.cluster.settle();
    // `run -it` itself opened the first session.
    t.opened.length = 0;
    const r = await t.run('attach box -it');
    expect(r).toEqual({ code: 0, stdout: '', stderr: "If you don't see a command prompt, try pressing enter.\n" });
    expect(t.opened.map((s) => [s.pod, s.container, s.shell])).toEqual([['box', 'box', 'sh']]);
    expect(await t.opened[0].onExit?.()).toBe("Session ended, resume using 'kubectl attach box -c box -i -t' command when the pod is running\n");
  });

  it('-t on a container without a TTY says so and streams instead', async () => {
    const t = setup();
    await t.run('run web --image=nginx');
    t.cluster.settle();
    t.ctx.sleep = async (s) => {
      t.cluster.advance(s);
      t.ctx.abort();
    };
    const r = await t.run('attach web -it');
    expect(r.stderr).toBe("error: Unable to use a TTY - container web did not allocate one\nIf you don't see a command prompt, try pressing enter.\n");
    expect(t.opened).toEqual([]);
  });

  it('a completed pod cannot be attached to', async () => {
    const t = setup();
    await t.run('run done --image=busybox --restart=Never -- true');
    t.cluster.settle();
    expect(await t.run('attach done')).toEqual({ code: 1, stdout: '', stderr: 'error: cannot attach a container in a completed pod; current phase is Succeeded\n' });
  });
});
