import { describe, expect, it } from 'vitest';
import { microTime, rfc3339 } from './time';

describe('rfc3339', () => {
  const cases = [0, 951782400000, 1717200005999, 4102444799000, Date.UTC(2024, 1, 29, 23, 59, 59), Date.UTC(2100, 2, 1)];
  it.each(cases)('formats %d like toISOString without milliseconds', (ms) => {
    expect(rfc3339(ms)).toBe(new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z'));
  });
});

describe('microTime', () => {
  it('keeps microseconds', () => {
    expect(microTime(Date.UTC(2024, 5, 1, 0, 0, 5) + 123.456)).toBe('2024-06-01T00:00:05.123456Z');
  });
});
