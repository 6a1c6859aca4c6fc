import { describe, expect, it } from 'vitest';
import { humanDuration, shortHumanDuration, translateTimestampSince } from './age';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;
const y = 365 * d;

describe('humanDuration', () => {
  it.each([
    ['clock skew beyond tolerance', -2 * s, '<invalid>'],
    ['tolerated skew', -2 * s + 1, '0s'],
    ['zero', 0, '0s'],
    ['sub-second', 999, '0s'],
    ['seconds', 5 * s, '5s'],
    ['59s', 59 * s, '59s'],
    ['seconds up to two minutes', 70 * s, '70s'],
    ['just under two minutes', 2 * m - 1, '119s'],
    ['two minutes', 2 * m, '2m'],
    ['minutes with seconds below ten', 3 * m + 12 * s, '3m12s'],
    ['just under ten minutes', 10 * m - 1, '9m59s'],
    ['ten minutes drops seconds', 10 * m + s, '10m'],
    ['minutes up to three hours', 70 * m, '70m'],
    ['just under three hours', 3 * h - 1, '179m'],
    ['three hours', 3 * h, '3h'],
    ['hours with minutes below eight', 5 * h + 12 * m, '5h12m'],
    ['just under eight hours', 8 * h - 1, '7h59m'],
    ['eight hours drops minutes', 8 * h + 59 * m, '8h'],
    ['hours up to two days', 47 * h, '47h'],
    ['two days', 2 * d, '2d'],
    ['days with hours below eight days', 49 * h, '2d1h'],
    ['just under eight days', 8 * d - 1, '7d23h'],
    ['eight days drops hours', 8 * d + 23 * h, '8d'],
    ['ninety days', 90 * d, '90d'],
    ['days up to two years', 2 * y - 1, '729d'],
    ['two years', 2 * y, '2y'],
    ['years with days below eight years', 2 * y + d, '2y1d'],
    ['just under eight years', 8 * y - 1, '7y364d'],
    ['eight years', 8 * y + 364 * d, '8y'],
  ])('%s', (_name, ms, want) => {
    expect(humanDuration(ms)).toBe(want);
  });
});

describe('shortHumanDuration', () => {
  it.each([
    ['invalid', -2 * s, '<invalid>'],
    ['zero', 0, '0s'],
    ['59s', m - 1, '59s'],
    ['one minute', m, '1m'],
    ['59m', h - 1, '59m'],
    ['hours', 2 * h - 1, '1h'],
    ['23h', d - 1, '23h'],
    ['days', 90 * d, '90d'],
    ['years', 2 * y, '2y'],
  ])('%s', (_name, ms, want) => {
    expect(shortHumanDuration(ms)).toBe(want);
  });
});

describe('translateTimestampSince', () => {
  const now = Date.parse('2024-05-01T12:00:00Z');
  it.each([
    ['unset', undefined, '<unknown>'],
    ['null', null, '<unknown>'],
    ['45 seconds ago', '2024-05-01T11:59:15Z', '45s'],
    ['in the future', '2024-05-01T12:00:05Z', '<invalid>'],
  ])('%s', (_name, ts, want) => {
    expect(translateTimestampSince(ts, now)).toBe(want);
  });
});
