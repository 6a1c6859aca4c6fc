import { describe, expect, it } from 'vitest';
import { Shell } from './Shell';
import { InstantClock } from './instantClock';
import { InterruptController } from './InterruptController';
import { signalTable } from './signals';

const START = Date.UTC(2026, 10, 22, 4, 0, 0);

/** A shell on a headless clock, as the playground's script mode runs it. */
function jobShell(interactive: boolean) {
  let now = START;
  const shell: Shell = new Shell({ now: () => now, sleep: (s, mode) => clock.sleep(s, mode), interactive });
  const clock = new InstantClock({
    now: () => now,
    advanceTo: (ms) => (now = Math.max(now, ms)),
    yieldTurn: () => new Promise((r) => setImmediate(r)),
    jobsRunning: () => shell.jobs.list().some((j) => j.running),
  });
  /** Runs lines one by one like a terminal: output, then the notices printed before the next prompt. */
  const run = async (lines: string[], ctrlC?: { line: number; afterSeconds: number }) => {
    let out = '';
    const writer = { write: (s: string) => void (out += s) };
    for (const [i, line] of lines.entries()) {
      const ctrl = new InterruptController();
      const started = now;
      if (ctrlC?.line === i) {
        const poll = () => (now - started >= ctrlC.afterSeconds * 1000 ? ctrl.abort() : setImmediate(poll));
        setImmediate(poll);
      }
      await shell.run(line, { stdout: writer, stderr: writer, interrupt: ctrl.interrupt });
      out += shell.jobNotices();
    }
    return out;
  };
  return { shell, run, elapsed: () => (now - START) / 1000 };
}

describe('background jobs (interactive)', () => {
  it.each([
    { name: 'starting prints the job number and pid; $! holds the pid', lines: ['sleep 60 &', 'echo $!'], out: '[1] 2841\n2841\n', elapsed: 0 },
    { name: 'jobs lists them with the current and previous marks', lines: ['sleep 10 &', 'sleep 20 &', 'jobs', 'jobs -l', 'jobs -p'], out: '[1] 2841\n[2] 2842\n[1]-  Running                 sleep 10 &\n[2]+  Running                 sleep 20 &\n[1]- 2841 Running                 sleep 10 &\n[2]+ 2842 Running                 sleep 20 &\n2841\n2842\n', elapsed: 0 },
    { name: 'a job runs while the foreground sleeps; its output appears meanwhile', lines: ['{ sleep 5; echo from-job; } &', 'sleep 10; echo done'], out: '[1] 2841\nfrom-job\ndone\n[1]+  Done                    { sleep 5; echo from-job; }\n', elapsed: 10 },
    { name: 'a job never moves the clock by itself', lines: ['sleep 60 &', 'date +%T'], out: '[1] 2841\n04:00:00\n', elapsed: 0 },
    { name: 'kill %N ends it; the notice comes before the next prompt', lines: ['sleep 100 &', 'kill %1', 'jobs'], out: '[1] 2841\n[1]+  Terminated              sleep 100\n', elapsed: 0 },
    { name: 'kill PID and kill -9', lines: ['sleep 100 &', 'sleep 100 &', 'kill 2841', 'kill -9 %2'], out: '[1] 2841\n[2] 2842\n[1]-  Terminated              sleep 100\n[2]+  Killed                  sleep 100\n', elapsed: 0 },
    { name: 'wait returns the job status and moves the clock to its end', lines: ['(sleep 30; exit 3) &', 'wait %1; echo $?'], out: '[1] 2841\n3\n', elapsed: 30 },
    { name: 'wait with no operand waits for every job', lines: ['sleep 5 &', 'sleep 8 &', 'wait; echo $?'], out: '[1] 2841\n[2] 2842\n0\n', elapsed: 8 },
    { name: 'an exit status shows as Exit N', lines: ['false &', 'true'], out: '[1] 2841\n[1]+  Done                    false\n'.replace('Done                    false', 'Exit 1                  false'), elapsed: 0 },
    { name: 'fg prints the command and waits for it', lines: ['sleep 45 &', 'fg %1; echo $?', 'jobs'], out: '[1] 2841\nsleep 45\n0\n', elapsed: 45 },
    { name: 'a job keeps its own cwd and variables', lines: ['{ cd /tmp; X=1; sleep 1; } &', 'sleep 2; pwd; echo "[$X]"'], out: '[1] 2841\n/root\n[]\n[1]+  Done                    { cd /tmp; X=1; sleep 1; }\n', elapsed: 2 },
    { name: 'a job started elsewhere shows its directory', lines: ['cd /tmp', 'sleep 5 &', 'cd', 'jobs'], out: '[1] 2841\n[1]+  Running                 sleep 5 &  (wd: /tmp)\n', elapsed: 0 },
    { name: 'pids count the commands run in between', lines: ['ls >/dev/null; date >/dev/null', 'sleep 5 &'], out: '[1] 2843\n', elapsed: 0 },
  ])('$name', async ({ lines, out, elapsed }) => {
    const t = jobShell(true);
    expect(await t.run(lines)).toBe(out);
    expect(t.elapsed()).toBe(elapsed);
  });

  it('Ctrl-C during fg interrupts the job', async () => {
    const t = jobShell(true);
    const out = await t.run(['sleep 100 &', 'fg', 'echo $?; jobs'], { line: 1, afterSeconds: 0 });
    expect(out).toBe('[1] 2841\nsleep 100\n130\n');
  });
});

describe('job control errors (bash wording)', () => {
  it.each([
    { name: 'kill of an unknown job', line: 'kill %9', out: 'bash: kill: %9: no such job\n', status: 1 },
    { name: 'kill of an unknown pid', line: 'kill 999999', out: 'bash: kill: (999999) - No such process\n', status: 1 },
    { name: 'kill with a bad signal', line: 'kill -FOO 1', out: 'bash: kill: FOO: invalid signal specification\n', status: 1 },
    { name: 'kill of a word', line: 'kill abc', out: 'bash: kill: abc: arguments must be process or job IDs\n', status: 1 },
    { name: 'kill without operands', line: 'kill', out: 'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n', status: 2 },
    { name: 'kill -l translates', line: 'kill -l 15; kill -l TERM; kill -l 143', out: 'TERM\n15\nTERM\n', status: 0 },
    { name: 'wait for an unknown job', line: 'wait %5', out: 'bash: wait: %5: no such job\n', status: 127 },
    { name: 'wait for a pid that is not a job', line: 'wait 12', out: 'bash: wait: pid 12 is not a child of this shell\n', status: 127 },
    { name: 'fg without jobs', line: 'fg', out: 'bash: fg: current: no such job\n', status: 1 },
    { name: 'fg of an unknown job', line: 'fg %7', out: 'bash: fg: %7: no such job\n', status: 1 },
    { name: 'bg of a running job', line: 'sleep 9 & bg', out: '[1] 2841\nbash: bg: job 1 already in background\n', status: 0 },
    { name: 'jobs of an unknown job', line: 'jobs %1', out: 'bash: jobs: %1: no such job\n', status: 1 },
  ])('$name', async ({ line, out, status }) => {
    const t = jobShell(true);
    expect(await t.run([line])).toBe(out);
    expect(t.shell.lastStatus).toBe(status);
  });

  it('kill -l prints the Linux table five to a line', () => {
    const lines = signalTable().split('\n');
    expect(lines[0]).toBe(' 1) SIGHUP\t 2) SIGINT\t 3) SIGQUIT\t 4) SIGILL\t 5) SIGTRAP');
    expect(lines[6]).toBe('31) SIGSYS\t34) SIGRTMIN\t35) SIGRTMIN+1\t36) SIGRTMIN+2\t37) SIGRTMIN+3');
    expect(lines[12]).toBe('63) SIGRTMAX-1\t64) SIGRTMAX\t');
  });
});

describe('background jobs in a script (no job control)', () => {
  it.each([
    { name: 'no [N] PID line, and ended jobs are reaped quietly', lines: ['sleep 5 &', 'echo $!', 'sleep 6', 'jobs'], out: '2841\n' },
    { name: 'jobs still lists running ones', lines: ['sleep 5 &', 'jobs'], out: '[1]+  Running                 sleep 5 &\n' },
    { name: 'wait PID still knows a reaped job status', lines: ['false &', 'sleep 1', 'wait $!; echo $?'], out: '1\n' },
  ])('$name', async ({ lines, out }) => {
    const t = jobShell(false);
    expect(await t.run(lines)).toBe(out);
  });
});

describe('parsing', () => {
  it('keeps the text of each background item', async () => {
    const t = jobShell(true);
    await t.run(['sleep 1 && echo a   &  sleep 2 | cat & true']);
    expect(t.shell.jobs.list().map((j) => j.command)).toEqual(['sleep 1 && echo a', 'sleep 2 | cat']);
  });
});
