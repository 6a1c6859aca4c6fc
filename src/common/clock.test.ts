import { describe, expect, it } from 'vitest';
import { ManualClock } from './clock';
import { Rng } from './rng';

describe('ManualClock', () => {
  it('fires timers in time order, then insertion order, moving the clock to each', () => {
    const clock = new ManualClock(0);
    const fired: string[] = [];
    clock.after(2, () => fired.push(`b@${clock.now()}`));
    clock.after(1, () => fired.push(`a@${clock.now()}`));
    clock.after(2, () => fired.push(`c@${clock.now()}`));
    const cancelled = clock.after(1.5, () => fired.push('never'));
    clock.cancel(cancelled);
    while (clock.fireNext(5000));
    expect(fired).toEqual(['a@1000', 'b@2000', 'c@2000']);
  });

  it('does not fire timers beyond the limit', () => {
    const clock = new ManualClock(0);
    let fired = false;
    clock.after(10, () => (fired = true));
    expect(clock.fireNext(9999)).toBe(false);
    expect(fired).toBe(false);
    expect(clock.nextTimerAt()).toBe(10000);
  });
});

describe('Rng', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const seq = (r: Rng) => Array.from({ length: 5 }, () => r.int(0, 1000));
    const first = seq(a);
    expect(seq(b)).toEqual(first);
    expect(seq(c)).not.toEqual(first);
  });

  it('draws strings from the given alphabet', () => {
    expect(new Rng(1).string(20, 'xyz')).toMatch(/^[xyz]{20}$/);
  });
});
