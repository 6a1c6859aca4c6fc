/**
 * The composition root: one clock, one seeded Rng, one API server, and the components that
 * reconcile through the client. Everything the hosts (Worker, headless shell, tests, bench) do
 * to a cluster goes through here or through `client`.
 */
import { ManualClock } from '../../common/clock';
import { Rng } from '../../common/rng';
import { ApiServer } from '../apiserver/apiServer';
import { createLoopbackClient } from '../apiserver/loopbackClient';
import type { RequestPolicy } from '../apiserver/policy';
import type { Runnable } from '../client/runnable';
import type { ClusterClient } from '../client/types';
import { SharedInformerFactory } from '../client/informer';
import { TickLoop } from './loop';

/** 2024-06-01T00:00:00Z: a fixed start so headless runs print the same timestamps. */
export const DEFAULT_START_MS = Date.UTC(2024, 5, 1);

export interface ClusterOptions {
  seed?: number;
  startTimeMs?: number;
  policy?: RequestPolicy;
}

export class Cluster {
  readonly clock: ManualClock;
  readonly rng: Rng;
  readonly api: ApiServer;
  readonly client: ClusterClient;
  readonly informers: SharedInformerFactory;
  readonly loop: TickLoop;
  /** Settling checks ask each component whether it is mid-transition. */
  private readonly busyChecks: (() => boolean)[] = [];

  constructor(opts: ClusterOptions = {}) {
    this.clock = new ManualClock(opts.startTimeMs ?? DEFAULT_START_MS);
    this.rng = new Rng(opts.seed ?? 1);
    this.api = new ApiServer({ clock: this.clock, rng: this.rng, policy: opts.policy });
    this.client = createLoopbackClient(this.api);
    this.informers = new SharedInformerFactory(this.client);
    this.loop = new TickLoop(this.clock);
  }

  addRunnable(r: Runnable): void {
    this.loop.add(r);
  }

  removeRunnable(r: Runnable): void {
    this.loop.remove(r);
  }

  /** Registers a check that says "something is still transitioning" (e.g. a pod ContainerCreating). */
  addBusyCheck(check: () => boolean): void {
    this.busyChecks.push(check);
  }

  isQuiet(): boolean {
    return !this.loop.hasWork() && !this.busyChecks.some((c) => c());
  }

  /** Lets queued reconcile work run without moving time. */
  drain(): void {
    this.loop.drain();
  }

  advance(seconds: number): void {
    this.loop.advance(seconds);
  }

  /** Advances to the virtual instant `ms` (no-op when the clock is already there or past it). */
  advanceTo(ms: number): void {
    if (ms > this.clock.now()) this.loop.advanceTo(ms);
  }

  /** Runs until quiet (DESIGN.md §5) for at most `maxSeconds`; returns the seconds that passed. */
  settle(maxSeconds = 120): number {
    return this.loop.runUntil(() => this.isQuiet(), maxSeconds);
  }

  /** Virtual seconds since the epoch the cluster started from. */
  now(): number {
    return this.clock.now();
  }
}
