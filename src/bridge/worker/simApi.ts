/**
 * SimApi: the one interface every host uses (DESIGN.md §1). The browser reaches it through
 * comlink in a Worker (or on the main thread as a fallback); Node calls it directly.
 */
import { RealtimeDriver, type Ticker } from './realtimeDriver';
import { SimHost, type ExecResult, type SimHostOptions } from './simHost';

export interface ClockState {
  /** Virtual milliseconds since the epoch. */
  now: number;
  /** Virtual seconds since the session started. */
  elapsed: number;
  speed: number;
  paused: boolean;
}

export interface SimApi {
  /** Runs a complete command; `onOutput` streams what it prints as it prints it. */
  exec(command: string, onOutput?: (stream: 'stdout' | 'stderr', text: string) => void): Promise<ExecResult>;
  isIncomplete(text: string): boolean;
  interrupt(): void;
  prompt(): string;
  clock(): ClockState;
  setSpeed(speed: number): void;
  setPaused(paused: boolean): void;
  step(seconds?: number): void;
  reset(opts?: SimHostOptions): void;
}

export function createSimApi(opts: SimHostOptions & { ticker?: Ticker } = {}): SimApi {
  let host = new SimHost(opts);
  let driver = opts.ticker ? new RealtimeDriver(host, opts.ticker) : undefined;
  return {
    exec: (command, onOutput) => host.exec(command, onOutput && { stdout: (s) => onOutput('stdout', s), stderr: (s) => onOutput('stderr', s) }),
    isIncomplete: (text) => host.isIncomplete(text),
    interrupt: () => host.interrupt(),
    prompt: () => host.shell.prompt(),
    clock: () => ({ now: host.cluster.now(), elapsed: host.elapsedSeconds(), speed: driver?.speed ?? 1, paused: driver?.paused ?? false }),
    setSpeed: (speed) => {
      if (driver) driver.speed = speed;
    },
    setPaused: (paused) => {
      if (driver) driver.paused = paused;
    },
    step: (seconds = 1) => (driver ? driver.step(seconds) : host.cluster.advance(seconds)),
    reset: (next = {}) => {
      driver?.dispose();
      host = new SimHost({ ...opts, ...next });
      driver = opts.ticker ? new RealtimeDriver(host, opts.ticker) : undefined;
    },
  };
}
