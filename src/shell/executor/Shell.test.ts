import { describe, expect, it } from 'vitest';
import { createTestShell, runLine } from '../testing/runLine';
import { CLEAR_SCREEN } from '../commands/basics';
import { InterruptController } from './InterruptController';
import type { CommandContext, CommandFn } from './types';

const PODS = 'NAME    READY   STATUS    RESTARTS   AGE\nweb-1   1/1     Running   0          5s\nweb-2   1/1     Running   0          5s\napi-1   1/1     Running   0          5s\n';

/** A fake kubectl that records its calls and answers `get pods` and `apply -f -`. */
function fakeKubectl(): { fn: CommandFn; calls: CommandContext[] } {
  const calls: CommandContext[] = [];
  const fn: CommandFn = async (ctx) => {
    calls.push(ctx);
    const args = ctx.argv.slice(1).join(' ');
    if (args === 'get pods') ctx.stdout.write(PODS);
    else if (args === 'apply -f -') ctx.stdout.write(`pod/${/name: (\S+)/.exec(ctx.stdin)?.[1]} created\n`);
    else if (args === 'completion bash') ctx.stdout.write('# bash completion for kubectl   -*- shell-script -*-\n__start_kubectl() { :; }\ncomplete -F __start_kubectl kubectl\n');
    else if (args.startsWith('delete pod')) ctx.stdout.write(`pod "${ctx.argv[3]}" deleted\n`);
    else {
      ctx.stderr.write(`error: unknown command "${ctx.argv[1]}" for "kubectl"\n`);
      return 1;
    }
    return 0;
  };
  return { fn, calls };
}

describe('kubectl integration', () => {
  it.each([
    { name: 'k alias dispatches to kubectl', line: 'k get pods | head -1', stdout: 'NAME    READY   STATUS    RESTARTS   AGE\n' },
    { name: 'pipeline into grep and wc', line: 'kubectl get pods | grep web | wc -l', stdout: '2\n' },
    { name: 'awk over kubectl output', line: "k get pods | awk 'NR>1 {print $1}'", stdout: 'web-1\nweb-2\napi-1\n' },
    { name: 'command substitution of kubectl', line: 'echo "$(kubectl get pods | tail -n +2 | wc -l) pods"', stdout: '3 pods\n' },
    { name: 'xargs runs kubectl per name', line: "k get pods | awk 'NR>1{print $1}' | grep api | xargs -n1 kubectl delete pod", stdout: 'pod "api-1" deleted\n' },
    { name: 'heredoc piped into apply -f -', line: 'cat <<EOF | kubectl apply -f -\nkind: Pod\nmetadata:\n  name: web\nEOF', stdout: 'pod/web created\n' },
    { name: 'heredoc directly on apply -f -', line: 'kubectl apply -f - <<EOF\nmetadata:\n  name: $NAME\nEOF', stdout: 'pod/db created\n' },
    { name: 'kubectl errors keep their status', line: 'kubectl nope; echo $?', stdout: '1\n', stderr: 'error: unknown command "nope" for "kubectl"\n' },
    { name: 'source <(kubectl completion bash) is accepted silently', line: 'source <(kubectl completion bash) && complete -F __start_kubectl k && echo ok', stdout: 'ok\n' },
  ])('$name', async ({ line, stdout, stderr }) => {
    const shell = createTestShell({}, { kubectl: fakeKubectl().fn });
    shell.env.set('NAME', 'db');
    const r = await runLine(shell, line);
    expect({ stdout: r.stdout, stderr: r.stderr }).toEqual({ stdout, stderr: stderr ?? '' });
  });

  it('passes env prefixes, cwd and isTTY to the command', async () => {
    const fake = fakeKubectl();
    const shell = createTestShell({ isTTY: true }, { kubectl: fake.fn });
    await runLine(shell, 'cd /tmp && KUBECONFIG=/x kubectl get pods | cat');
    await runLine(shell, 'kubectl get pods');
    expect(fake.calls.map((c) => [c.cwd, c.env.get('KUBECONFIG'), c.isTTY])).toEqual([
      ['/tmp', '/x', false],
      ['/tmp', undefined, true],
    ]);
  });

  it('unalias k makes k unknown', async () => {
    const shell = createTestShell({}, { kubectl: fakeKubectl().fn });
    const r = await runLine(shell, 'unalias k; k get pods');
    expect([r.stderr, r.status]).toEqual(['bash: k: command not found\n', 127]);
  });
});

describe('Shell state', () => {
  it('records history and prints it numbered', async () => {
    const shell = createTestShell();
    await runLine(shell, 'echo a');
    await runLine(shell, '   ');
    const r = await runLine(shell, 'history');
    expect(r.stdout).toBe('    1  echo a\n    2  history\n');
  });

  it('lists and defines aliases', async () => {
    const shell = createTestShell();
    const r = await runLine(shell, "alias kgp='kubectl get pods'; alias");
    expect(r.stdout).toBe("alias k='kubectl'\nalias kgp='kubectl get pods'\n");
  });

  it.each([
    { name: 'default', template: undefined, want: '$ ' },
    { name: 'bash-like', template: '\\u@\\h:\\w\\$ ', want: 'root@controlplane:~/dir# ' },
    { name: 'basename', template: '\\W> ', want: 'dir> ' },
  ])('prompt $name', async ({ template, want }) => {
    const shell = createTestShell({ prompt: template });
    await runLine(shell, 'mkdir dir; cd dir');
    expect(shell.prompt()).toBe(want);
  });

  it.each([
    { columns: 80, want: 'data.csv  dir  letters.txt  nums.txt  pods.txt\n' },
    { columns: 30, want: 'data.csv     nums.txt\ndir          pods.txt\nletters.txt\n' },
    { columns: 20, want: 'data.csv\ndir\nletters.txt\nnums.txt\npods.txt\n' },
  ])('ls on a terminal $columns columns wide lays names out like GNU ls', async ({ columns, want }) => {
    const shell = createTestShell({ isTTY: true, columns });
    await runLine(shell, 'mkdir dir; touch data.csv letters.txt nums.txt pods.txt');
    expect((await runLine(shell, 'ls')).stdout).toBe(want);
  });

  it('serializes and restores files, variables, cwd, aliases and history', async () => {
    const shell = createTestShell();
    await runLine(shell, 'mkdir /tmp/w && cd /tmp/w && echo data > f && export X=1 && alias g=grep');
    const snapshot = JSON.parse(JSON.stringify(shell.serialize()));
    const other = createTestShell();
    other.restore(snapshot);
    const r = await runLine(other, 'pwd; cat f; echo $X; alias g; history | wc -l');
    expect(r.stdout).toBe("/tmp/w\ndata\n1\nalias g='grep'\n2\n");
  });

  it('exit stops the run and is reported to the host', async () => {
    const shell = createTestShell();
    const r = await runLine(shell, 'echo before; exit 3; echo after');
    expect([r.stdout, r.status, shell.exitRequested]).toEqual(['before\n', 3, true]);
  });

  it('exit inside $( ) only leaves the substitution', async () => {
    const shell = createTestShell();
    const r = await runLine(shell, 'echo "[$(exit 4)]" $?');
    expect([r.stdout, shell.exitRequested]).toEqual(['[] 4\n', false]);
  });

  it('variables set in $( ) stay inside', async () => {
    const shell = createTestShell();
    const r = await runLine(shell, 'X=1; Y=$(X=2; echo $X); echo $X $Y');
    expect(r.stdout).toBe('1 2\n');
  });

  it('runs a heredoc missing its terminator with bash\'s warning', async () => {
    const r = await runLine(createTestShell(), 'echo a\ncat <<EOF\nx');
    expect([r.stdout, r.stderr]).toEqual(['a\nx\n', "bash: warning: here-document at line 2 delimited by end-of-file (wanted `EOF')\n"]);
  });

  it('reports an unterminated quote like bash', async () => {
    const shell = createTestShell();
    const r = await runLine(shell, 'echo "abc');
    expect([r.stderr, r.status]).toEqual(["bash: unexpected EOF while looking for matching `\"'\nbash: syntax error: unexpected end of file\n", 2]);
  });
});

describe('time and interrupts', () => {
  it('sleep advances the injected clock', async () => {
    const shell = createTestShell();
    const r = await runLine(shell, 'date +%T; sleep 1m; date +%T; sleep 1.5 2; date +%s');
    expect(r.stdout).toBe('04:00:00\n04:01:00\n1795320063\n');
  });

  it('date prints the virtual clock in the C locale', async () => {
    const r = await runLine(createTestShell(), 'date');
    expect(r.stdout).toBe('Sun Nov 22 04:00:00 UTC 2026\n');
  });

  it('Ctrl-C ends sleep with 130 and skips the rest of the line', async () => {
    const controller = new InterruptController();
    let now = 0;
    const shell = createTestShell({
      now: () => now,
      sleep: async (s) => {
        now += s * 1000;
        if (now >= 5000) controller.abort();
        await new Promise<void>(() => {});
      },
    });
    let stdout = '';
    const status = await shell.run('sleep 10; echo after', {
      stdout: { write: (s) => void (stdout += s) },
      stderr: { write: () => {} },
      interrupt: controller.interrupt,
    });
    expect([status, stdout, shell.lastStatus]).toEqual([130, '', 130]);
  });

  it('watch reruns the command every interval until interrupted', async () => {
    const controller = new InterruptController();
    let now = Date.UTC(2026, 10, 22, 4, 0, 0);
    let sleeps = 0;
    const shell = createTestShell(
      {
        now: () => now,
        columns: 80,
        sleep: async (s) => {
          now += s * 1000;
          if (++sleeps === 2) controller.abort();
        },
      },
      { kubectl: fakeKubectl().fn },
    );
    let stdout = '';
    const status = await shell.run('watch -n 5 k get pods; echo never', {
      stdout: { write: (s) => void (stdout += s) },
      stderr: { write: () => {} },
      interrupt: controller.interrupt,
    });
    const header = (time: string): string => {
      const left = 'Every 5.0s: k get pods';
      const right = `controlplane: Sun Nov 22 ${time} 2026`;
      return CLEAR_SCREEN + left + ' '.repeat(80 - left.length - right.length) + right + '\n\n' + PODS;
    };
    expect(status).toBe(130);
    expect(stdout).toBe(header('04:00:00') + header('04:00:05'));
  });

  it('watch stops after maxWatchRounds when nothing interrupts it', async () => {
    const shell = createTestShell({ maxWatchRounds: 3 });
    const r = await runLine(shell, 'watch -t -n 1 date +%S');
    expect(r.stdout).toBe(`${CLEAR_SCREEN}00\n${CLEAR_SCREEN}01\n${CLEAR_SCREEN}02\n`);
  });
});
