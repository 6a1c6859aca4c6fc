import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../common/clock';
import type { Runnable } from '../client/runnable';
import { WorkQueue } from '../client/workQueue';
import { TickLoop } from './loop';

function runnable(name: string, clock: ManualClock, sync: (key: string) => void): Runnable {
  return { name, queue: new WorkQueue(clock), sync };
}

describe('TickLoop', () => {
  it('drains queues in registration order until all are empty', () => {
    const clock = new ManualClock(0);
    const loop = new TickLoop(clock);
    const log: string[] = [];
    const b = runnable('b', clock, (k) => log.push(`b:${k}`));
    const a = runnable('a', clock, (k) => {
      log.push(`a:${k}`);
      if (k === '1') b.queue.add('from-a');
    });
    loop.add(a);
    loop.add(b);
    b.queue.add('x');
    a.queue.add('1');
    loop.drain();
    expect(log).toEqual(['a:1', 'b:x', 'b:from-a']);
    expect(loop.hasWork()).toBe(false);
  });

  it('requeues a failing key with growing backoff and records the error', () => {
    const clock = new ManualClock(0);
    const loop = new TickLoop(clock);
    const times: number[] = [];
    const r = runnable('r', clock, () => {
      times.push(clock.now());
      if (times.length < 4) throw new Error('boom');
    });
    loop.add(r);
    r.queue.add('k');
    loop.advance(1);
    expect(times).toEqual([0, 5, 15, 35]);
    expect(loop.errors).toHaveLength(3);
  });

  it('advances through timers and settles when quiet', () => {
    const clock = new ManualClock(0);
    const loop = new TickLoop(clock);
    let busy = true;
    clock.after(30, () => (busy = false));
    clock.after(100, () => {});
    const passed = loop.runUntil(() => !busy, 120);
    expect(passed).toBe(30);
    expect(loop.runUntil(() => false, 50)).toBe(50);
  });
});
