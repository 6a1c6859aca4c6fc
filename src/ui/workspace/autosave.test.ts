import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver } from './autosave';

function saver(save = () => Promise.resolve()) {
  const saves: number[] = [];
  const errors: unknown[] = [];
  const a = new Autosaver({
    save: async () => {
      saves.push(Date.now());
      await save();
    },
    timers: { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as number), now: () => Date.now() },
    delayMs: 1000,
    maxWaitMs: 5000,
    onError: (e) => errors.push(e),
  });
  return { a, saves, errors };
}

describe('Autosaver', () => {
  beforeEach(() => void vi.useFakeTimers({ now: 0 }));
  afterEach(() => void vi.useRealTimers());

  it.each([
    { name: 'one change saves once the learner paused', changesAt: [0], want: [1000] },
    { name: 'changes in a burst save once, after the last', changesAt: [0, 300, 600], want: [1600] },
    { name: 'a steady stream still saves every maxWait', changesAt: [0, 900, 1800, 2700, 3600, 4500, 5400], want: [5000, 6400] },
  ])('$name', async ({ changesAt, want }) => {
    const { a, saves } = saver();
    for (const at of changesAt) {
      await vi.advanceTimersByTimeAsync(at - Date.now());
      a.changed();
    }
    await vi.advanceTimersByTimeAsync(20_000);
    expect(saves).toEqual(want);
  });

  it('flush saves a pending change at once, and nothing when nothing changed', async () => {
    const { a, saves } = saver();
    await a.flush();
    expect(saves).toEqual([]);
    a.changed();
    await a.flush();
    expect(saves).toEqual([0]);
  });

  it('a change during a write saves again afterwards, never two writes at once', async () => {
    let release!: () => void;
    const { a, saves } = saver(() => new Promise<void>((r) => (release = r)));
    a.changed();
    await vi.advanceTimersByTimeAsync(1000);
    a.changed();
    await vi.advanceTimersByTimeAsync(5000);
    expect(saves).toEqual([1000]);
    release();
    await vi.advanceTimersByTimeAsync(5000);
    expect(saves.length).toBe(2);
  });

  it('disabled or cancelled, it saves nothing; a failed save is reported', async () => {
    const { a, saves, errors } = saver(() => Promise.reject(new Error('QuotaExceededError')));
    a.enabled = false;
    a.changed();
    await vi.advanceTimersByTimeAsync(5000);
    a.enabled = true;
    a.changed();
    a.cancel();
    await vi.advanceTimersByTimeAsync(5000);
    expect(saves).toEqual([]);
    a.changed();
    await vi.advanceTimersByTimeAsync(5000);
    expect(errors).toEqual([new Error('QuotaExceededError')]);
  });
});
