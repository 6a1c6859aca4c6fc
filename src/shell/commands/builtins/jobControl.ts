/**
 * Job control builtins: `jobs`, `kill`, `wait`, `fg`, `bg`, with bash's messages. Jobs cannot
 * be stopped here (no Ctrl-Z), so `bg` only ever finds them running already.
 */
import type { BuiltinFn, Shell } from '../../executor/Shell';
import { InterruptController, NEVER_INTERRUPTED } from '../../executor/InterruptController';
import type { Job } from '../../executor/jobs';
import { parseSignal, signalName, signalTable, SIGINT, SIGTERM } from '../../executor/signals';
import type { CommandContext, Interrupt } from '../../executor/types';
import { STATUS_INTERRUPTED } from '../../executor/Executor';

const KILL_USAGE = 'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n';

function complain(ctx: CommandContext, builtin: string, message: string): void {
  ctx.stderr.write(`bash: ${builtin}: ${message}\n`);
}

/**
 * Waits until every job in `jobs` ended or `interrupt` fired (then true). Meanwhile the jobs
 * hold the terminal: a headless host treats their waits as the foreground's.
 */
async function block(shell: Shell, jobs: Job[], interrupt: Interrupt): Promise<boolean> {
  const pending = jobs.filter((j) => j.running);
  if (pending.length === 0) return false;
  const over = new InterruptController();
  for (const j of pending) j.foreground = true;
  over.onAbort(() => {
    for (const j of pending) j.foreground = false;
  });
  const off = interrupt.onAbort(() => over.abort());
  void Promise.all(pending.map((j) => j.finished)).then(() => over.abort());
  await shell.interruptibleSleep(Infinity, over.interrupt);
  off();
  return interrupt.aborted;
}

/** `jobs [-lpr] [jobspec…]` */
export const jobs: BuiltinFn = async (ctx, shell) => {
  const flags = new Set<string>();
  const specs: string[] = [];
  for (const a of ctx.argv.slice(1)) {
    if (/^-[lprns]+$/.test(a)) for (const c of a.slice(1)) flags.add(c);
    else if (a.startsWith('-') && a !== '-') {
      complain(ctx, 'jobs', `${a}: invalid option`);
      ctx.stderr.write('jobs: usage: jobs [-lnprs] [jobspec ...] or jobs -x command [args]\n');
      return 2;
    } else specs.push(a);
  }
  let listed = shell.jobs.list();
  if (specs.length) {
    listed = [];
    for (const spec of specs) {
      const found = shell.jobs.find(spec.startsWith('%') ? spec : `%${spec}`);
      if ('error' in found) {
        complain(ctx, 'jobs', found.error);
        return 1;
      }
      listed.push(found.job);
    }
  }
  if (flags.has('r')) listed = listed.filter((j) => j.running);
  if (flags.has('s')) listed = [];
  for (const job of listed) ctx.stdout.write(flags.has('p') ? `${job.pid}\n` : shell.jobs.describe(job, shell.here(), flags.has('l')));
  // Listing an ended job is its notice: it is not reported again.
  for (const job of listed) if (!job.running) shell.jobs.remove(job);
  return 0;
};

function parseKillSignal(ctx: CommandContext, args: string[]): { signal: number; targets: string[] } | number {
  const [first, second] = args;
  let spec: string | undefined;
  let rest = args;
  if (first === '-s' || first === '-n') {
    if (second === undefined) {
      complain(ctx, 'kill', `${first}: option requires an argument`);
      ctx.stderr.write(KILL_USAGE);
      return 2;
    }
    [spec, rest] = [second, args.slice(2)];
  } else if (first?.startsWith('-') && first.length > 1 && first !== '--') {
    [spec, rest] = [first.slice(1), args.slice(1)];
  } else if (first === '--') rest = args.slice(1);
  const signal = spec === undefined ? SIGTERM : parseSignal(spec);
  if (signal === undefined) {
    complain(ctx, 'kill', `${spec}: invalid signal specification`);
    return 1;
  }
  return { signal, targets: rest };
}

/** `kill -l [N|NAME]`: the table, or one signal translated. */
function listSignals(ctx: CommandContext, args: string[]): number {
  if (args.length === 0) {
    ctx.stdout.write(signalTable());
    return 0;
  }
  let status = 0;
  for (const a of args) {
    const n = parseSignal(a);
    // A number above 128 is an exit status: the signal that caused it.
    const asStatus = /^\d+$/.test(a) && Number(a) > 128 ? Number(a) - 128 : undefined;
    if (asStatus !== undefined && signalName(asStatus)) ctx.stdout.write(`${signalName(asStatus)}\n`);
    else if (n === undefined || n === 0) {
      complain(ctx, 'kill', `${a}: invalid signal specification`);
      status = 1;
    } else ctx.stdout.write(/^\d+$/.test(a) ? `${signalName(n)}\n` : `${n}\n`);
  }
  return status;
}

/** `kill [-s SIG | -SIG | -n N] pid|%job …`, `kill -l`. The only processes are the shell's jobs. */
export const kill: BuiltinFn = async (ctx, shell) => {
  const args = ctx.argv.slice(1);
  if (args[0] === '-l' || args[0] === '-L') return listSignals(ctx, args.slice(1));
  const parsed = parseKillSignal(ctx, args);
  if (typeof parsed === 'number') return parsed;
  if (parsed.targets.length === 0) {
    ctx.stderr.write(KILL_USAGE);
    return 2;
  }
  let status = 0;
  for (const target of parsed.targets) {
    let job: Job | undefined;
    if (target.startsWith('%')) {
      const found = shell.jobs.find(target);
      if ('error' in found) complain(ctx, 'kill', found.error);
      else job = found.job;
    } else if (/^-?\d+$/.test(target)) {
      job = shell.jobs.byPid(Number(target));
      if (!job?.running) complain(ctx, 'kill', `(${target}) - No such process`);
    } else complain(ctx, 'kill', `${target}: arguments must be process or job IDs`);
    if (!job?.kill(parsed.signal)) status = 1;
  }
  return status;
};

/** `wait [%job|pid …]`: with no operand, every job; returns the last operand's status. */
export const wait: BuiltinFn = async (ctx, shell) => {
  const args = ctx.argv.slice(1);
  const option = args.find((a) => a.startsWith('-') && a !== '--');
  if (option) {
    complain(ctx, 'wait', `${option}: invalid option`);
    ctx.stderr.write('wait: usage: wait [-fn] [-p var] [id ...]\n');
    return 2;
  }
  if (args.length === 0) {
    const all = shell.jobs.list();
    if (await block(shell, all, ctx.interrupt)) return STATUS_INTERRUPTED;
    for (const job of all) if (job.signal === undefined) shell.jobs.remove(job);
    return 0;
  }
  let status = 0;
  for (const target of args) {
    const job = target.startsWith('%') ? shell.jobs.find(target) : /^\d+$/.test(target) ? shell.jobs.byPid(Number(target)) : undefined;
    if (job === undefined || 'error' in job) {
      const reaped = /^\d+$/.test(target) ? shell.jobs.reapedStatus(Number(target)) : undefined;
      if (reaped !== undefined) status = reaped;
      else {
        complain(ctx, 'wait', job ? job.error : /^\d+$/.test(target) ? `pid ${target} is not a child of this shell` : `\`${target}': not a pid or valid job spec`);
        status = 127;
      }
      continue;
    }
    const found = 'job' in job ? job.job : job;
    if (await block(shell, [found], ctx.interrupt)) return STATUS_INTERRUPTED;
    status = found.status ?? 0;
    // A job waited for is not reported again, unless a signal ended it.
    if (found.signal === undefined) shell.jobs.remove(found);
  }
  return status;
};

function jobFor(ctx: CommandContext, shell: Shell, builtin: string): Job | undefined {
  const spec = ctx.argv[1];
  if (spec === undefined && !shell.jobs.current()) {
    complain(ctx, builtin, 'current: no such job');
    return undefined;
  }
  const found = shell.jobs.find(spec === undefined ? '%+' : spec.startsWith('%') ? spec : `%${spec}`);
  if ('error' in found) {
    complain(ctx, builtin, found.error);
    return undefined;
  }
  return found.job;
}

/** `fg [%job]`: the job takes the terminal: its output is the command's, Ctrl-C interrupts it. */
export const fg: BuiltinFn = async (ctx, shell) => {
  const job = jobFor(ctx, shell, 'fg');
  if (!job) return 1;
  if (!job.running) {
    complain(ctx, 'fg', 'job has terminated');
    return 1;
  }
  shell.jobs.promote(job);
  ctx.stdout.write(`${job.command}\n`);
  const off = ctx.interrupt.onAbort(() => job.kill(SIGINT));
  await block(shell, [job], NEVER_INTERRUPTED);
  off();
  shell.jobs.remove(job);
  return job.status ?? 0;
};

/** `bg [%job]`: jobs here never stop, so there is nothing to resume. */
export const bg: BuiltinFn = async (ctx, shell) => {
  const job = jobFor(ctx, shell, 'bg');
  if (!job) return 1;
  if (!job.running) {
    complain(ctx, 'bg', 'job has terminated');
    return 1;
  }
  complain(ctx, 'bg', `job ${job.id} already in background`);
  return 0;
};
