/**
 * The shell's job table (`cmd &`): numbered jobs with pids, the current (`+`) and previous
 * (`-`) job, and the lines bash prints about them (`jobs`, and the notices before a prompt).
 * A job runs concurrently with the foreground: it is an async run of its and-or list that
 * waits, like everything else, on virtual time; its interrupt is how signals reach it.
 */
import { InterruptController } from './InterruptController';
import { describeSignal, endsProcess } from './signals';
import type { Interrupt } from './types';
import { tildify } from '../vfs/paths';

/** Where the shell is now: a job started elsewhere shows `(wd: …)`. */
export interface Here {
  cwd: string;
  home: string;
}

/** The first pid the shell hands out: a machine that has been up for a little while. */
const FIRST_PID = 2841;

export class Job {
  /** Set once the job ended: its exit status (128 + signal when a signal ended it). */
  status?: number;
  /** The signal that ended it, if one did. */
  signal?: number;
  /**
   * True while the job holds the terminal (`fg`, or `wait` waiting for it): its waits are then
   * the foreground's (a headless host may end them as if Ctrl-C had been pressed).
   */
  foreground = false;
  readonly finished: Promise<number>;
  private readonly controller = new InterruptController();
  private settle!: (status: number) => void;

  constructor(
    readonly id: number,
    readonly pid: number,
    readonly command: string,
    readonly cwd: string,
  ) {
    this.finished = new Promise((resolve) => (this.settle = resolve));
  }

  get interrupt(): Interrupt {
    return this.controller.interrupt;
  }

  get running(): boolean {
    return this.status === undefined;
  }

  /** Delivers signal `n`; returns false when the job had already ended. */
  kill(n: number): boolean {
    if (!this.running) return false;
    if (!endsProcess(n)) return true;
    this.signal ??= n;
    this.controller.abort();
    return true;
  }

  end(status: number): void {
    if (!this.running) return;
    this.status = this.signal !== undefined ? 128 + this.signal : status;
    this.settle(this.status);
  }

  /** `Running`, `Done`, `Exit 3`, `Terminated` … */
  state(): string {
    if (this.running) return 'Running';
    if (this.signal !== undefined) return describeSignal(this.signal);
    return this.status === 0 ? 'Done' : `Exit ${this.status}`;
  }
}

export class JobTable {
  private readonly jobs: Job[] = [];
  /** Jobs from least to most recently started or brought to the foreground. */
  private recency: Job[] = [];
  private nextPid = FIRST_PID;
  /** `$!`: the pid of the last job started. */
  lastPid?: number;
  /** Exit statuses of jobs already gone from the table, by pid, for `wait PID`. */
  private readonly reaped = new Map<number, number>();

  /** Every process the shell starts takes a pid, so job pids grow like a real machine's. */
  allocatePid(): number {
    return this.nextPid++;
  }

  /** Starts `body` as a job now; it runs until its first wait before this returns. */
  start(command: string, cwd: string, body: (job: Job) => Promise<number>, opts: { keepFinished: boolean }): Job {
    const id = Math.max(0, ...this.jobs.map((j) => j.id)) + 1;
    const job = new Job(id, this.allocatePid(), command, cwd);
    this.jobs.push(job);
    this.recency.push(job);
    this.lastPid = job.pid;
    void body(job).then(
      (status) => this.finish(job, status, opts.keepFinished),
      () => this.finish(job, 1, opts.keepFinished),
    );
    return job;
  }

  list(): Job[] {
    return [...this.jobs].sort((a, b) => a.id - b.id);
  }

  byPid(pid: number): Job | undefined {
    return this.jobs.find((j) => j.pid === pid);
  }

  reapedStatus(pid: number): number | undefined {
    return this.reaped.get(pid);
  }

  current(): Job | undefined {
    return this.recency[this.recency.length - 1];
  }

  previous(): Job | undefined {
    return this.recency[this.recency.length - 2];
  }

  /** `%N`, `%%`, `%+`, `%`, `%-`, `%name` (command starts with), `%?text` (command contains). */
  find(spec: string): { job: Job } | { error: string } {
    const rest = spec.slice(1);
    const none = { error: `${spec}: no such job` };
    if (rest === '' || rest === '%' || rest === '+') return this.current() ? { job: this.current()! } : none;
    if (rest === '-') return this.previous() ? { job: this.previous()! } : none;
    if (/^\d+$/.test(rest)) {
      const job = this.jobs.find((j) => j.id === Number(rest));
      return job ? { job } : none;
    }
    const matches = rest.startsWith('?') ? this.jobs.filter((j) => j.command.includes(rest.slice(1))) : this.jobs.filter((j) => j.command.startsWith(rest));
    if (matches.length > 1) return { error: `${rest}: ambiguous job spec` };
    return matches.length ? { job: matches[0] } : none;
  }

  /** The job holds the terminal now (`fg`): it becomes the current job. */
  promote(job: Job): void {
    this.recency = [...this.recency.filter((j) => j !== job), job];
  }

  remove(job: Job): void {
    const i = this.jobs.indexOf(job);
    if (i >= 0) this.jobs.splice(i, 1);
    this.recency = this.recency.filter((j) => j !== job);
    if (job.status !== undefined) this.reaped.set(job.pid, job.status);
  }

  /** `[1]+  Running                 sleep 60 &`, or with `long` the pid before the state. */
  describe(job: Job, here: Here, long = false): string {
    const mark = job === this.current() ? '+' : job === this.previous() ? '-' : ' ';
    const where = job.cwd !== here.cwd ? `  (wd: ${tildify(job.cwd, here.home)})` : '';
    const command = job.running ? `${job.command} &` : job.command;
    return `[${job.id}]${mark} ${long ? `${job.pid} ` : ' '}${job.state().padEnd(24)}${command}${where}\n`;
  }

  /** The lines an interactive shell prints before its prompt about jobs that ended; forgets them. */
  notices(here: Here): string {
    const ended = this.list().filter((j) => !j.running);
    const text = ended.map((j) => this.describe(j, here)).join('');
    for (const j of ended) this.remove(j);
    return text;
  }

  private finish(job: Job, status: number, keep: boolean): void {
    job.end(status);
    // A shell without job control reaps quietly; an interactive one tells at the next prompt.
    if (!keep) this.remove(job);
  }
}
