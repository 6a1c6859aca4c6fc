import { describe, expect, it } from 'vitest';
import { collecting, MAX_WINDOW_MS, SETTLE_AFTER_MS } from './touched';

describe('collecting', () => {
  it.each([
    ['no command yet', {}, 0, false],
    ['while the command runs', { startedAt: 0 }, 1000, true],
    ['just after it ended', { startedAt: 0, endedAt: 100 }, 100 + SETTLE_AFTER_MS, true],
    ['well after it ended', { startedAt: 0, endedAt: 100 }, 101 + SETTLE_AFTER_MS, false],
    ['a long-running command (get -w) stops collecting', { startedAt: 0 }, MAX_WINDOW_MS + 1, false],
  ])('%s', (_name, w, now, expected) => expect(collecting(w, now)).toBe(expected));
});
