/** Fixtures shared by the printer and describer tests: a fixed `now` and timestamps before it. */

export const NOW = Date.parse('2024-05-01T12:00:00Z');

/** RFC 3339 timestamp `seconds` before NOW. */
export function ago(seconds: number): string {
  return new Date(NOW - seconds * 1000).toISOString().replace('.000Z', 'Z');
}
