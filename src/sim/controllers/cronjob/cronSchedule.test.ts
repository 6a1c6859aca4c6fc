import { describe, expect, it } from 'vitest';
import { nextWallTime, parseCronSchedule } from './cronSchedule';
import { nextScheduleTime, mostRecentScheduleTime, parseZonedSchedule } from './schedule';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('parseCronSchedule / nextWallTime', () => {
  it.each([
    { name: 'every minute', spec: '* * * * *', after: '2024-06-01T00:00:30Z', want: '2024-06-01T00:01:00.000Z' },
    { name: 'every minute with */1', spec: '*/1 * * * *', after: '2024-06-01T00:01:00Z', want: '2024-06-01T00:02:00.000Z' },
    { name: 'every 5 minutes', spec: '*/5 * * * *', after: '2024-06-01T00:07:00Z', want: '2024-06-01T00:10:00.000Z' },
    { name: '@hourly', spec: '@hourly', after: '2024-06-01T10:00:00Z', want: '2024-06-01T11:00:00.000Z' },
    { name: '@daily crosses midnight', spec: '@daily', after: '2024-06-01T10:00:00Z', want: '2024-06-02T00:00:00.000Z' },
    { name: '@weekly is Sunday midnight', spec: '@weekly', after: '2024-06-01T10:00:00Z', want: '2024-06-02T00:00:00.000Z' },
    { name: '@monthly', spec: '@monthly', after: '2024-06-15T00:00:00Z', want: '2024-07-01T00:00:00.000Z' },
    { name: '@yearly', spec: '@yearly', after: '2024-06-15T00:00:00Z', want: '2025-01-01T00:00:00.000Z' },
    { name: 'range and list', spec: '0,30 9-17 * * *', after: '2024-06-01T17:30:00Z', want: '2024-06-02T09:00:00.000Z' },
    { name: 'weekday names (Sat → Mon)', spec: '0 9 * * MON-FRI', after: '2024-06-01T10:00:00Z', want: '2024-06-03T09:00:00.000Z' },
    { name: 'month names', spec: '0 0 1 jan,jul *', after: '2024-06-01T10:00:00Z', want: '2024-07-01T00:00:00.000Z' },
    { name: 'step over a range', spec: '10-40/15 * * * *', after: '2024-06-01T00:26:00Z', want: '2024-06-01T00:40:00.000Z' },
    { name: 'start/step runs to the end', spec: '50/5 * * * *', after: '2024-06-01T00:51:00Z', want: '2024-06-01T00:55:00.000Z' },
    { name: 'both day fields restricted: either matches', spec: '0 0 13 * 5', after: '2024-06-01T00:00:00Z', want: '2024-06-07T00:00:00.000Z' },
    { name: 'day of month with starred weekday: both', spec: '0 0 31 * ?', after: '2024-06-01T00:00:00Z', want: '2024-07-31T00:00:00.000Z' },
    { name: 'Feb 29 waits for the leap year', spec: '0 0 29 2 *', after: '2025-01-01T00:00:00Z', want: '2028-02-29T00:00:00.000Z' },
  ])('$name: $spec', ({ spec, after, want }) => {
    expect(iso(nextWallTime(parseCronSchedule(spec), at(after)))).toBe(want);
  });

  it('never fires for an impossible date', () => {
    expect(nextWallTime(parseCronSchedule('0 0 30 2 *'), at('2024-01-01T00:00:00Z'))).toBeUndefined();
  });

  it.each([
    { name: 'four fields', spec: '* * * *', error: 'expected exactly 5 fields, found 4: [* * * *]' },
    { name: 'minute out of range', spec: '60 * * * *', error: 'end of range (60) above maximum (59): 60' },
    { name: 'weekday 7', spec: '0 0 * * 7', error: 'end of range (7) above maximum (6): 7' },
    { name: 'garbage', spec: 'x * * * *', error: 'failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax' },
    { name: 'unknown descriptor', spec: '@sometimes', error: 'unrecognized descriptor: @sometimes' },
  ])('rejects $name', ({ spec, error }) => {
    expect(() => parseCronSchedule(spec)).toThrow(error);
  });
});

describe('zoned schedules', () => {
  it.each([
    { name: 'timeZone field', cj: { spec: { schedule: '0 9 * * *', timeZone: 'Europe/Paris' } }, want: '2024-06-01T07:00:00.000Z' },
    { name: 'CRON_TZ prefix', cj: { spec: { schedule: 'CRON_TZ=America/New_York 0 9 * * *' } }, want: '2024-06-01T13:00:00.000Z' },
    { name: 'UTC by default', cj: { spec: { schedule: '0 9 * * *' } }, want: '2024-06-01T09:00:00.000Z' },
  ])('$name', ({ cj, want }) => {
    expect(iso(nextScheduleTime(parseZonedSchedule(cj as never), at('2024-06-01T00:00:00Z')))).toBe(want);
  });

  it('mostRecentScheduleTime counts missed activations since the last schedule', () => {
    const cj = { metadata: { creationTimestamp: '2024-06-01T00:00:30Z' }, spec: { schedule: '* * * * *' }, status: { lastScheduleTime: '2024-06-01T00:02:00Z' } };
    const r = mostRecentScheduleTime(cj as never, parseZonedSchedule(cj as never), at('2024-06-01T00:05:10Z'));
    expect({ time: iso(r.time), missed: r.missed }).toEqual({ time: '2024-06-01T00:05:00.000Z', missed: 3 });
  });
});
