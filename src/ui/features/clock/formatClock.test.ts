import { describe, expect, it } from 'vitest';
import { formatClock } from './formatClock';

describe('formatClock', () => {
  it.each([
    [5.7, '5s'],
    [75, '1m15s'],
    [3725, '1h02m'],
  ])('elapsed %s s reads %s', (elapsed, want) => {
    expect(formatClock(Date.UTC(2024, 5, 1, 9, 5, 3), elapsed)).toEqual({ time: '09:05:03', elapsed: want });
  });
});
