/** Random line edits, with the hunks GNU diff 3 printed for each (`diff -u -N`), recorded in testdata. */
import { describe, expect, it } from 'vitest';
import { unifiedHunks } from './unifiedDiff';
import cases from './testdata/unifiedDiff.json';

describe('unifiedHunks matches GNU diff -u', () => {
  it.each((cases as [string, string, string][]).map((c, i) => [i, ...c] as const))('case %i', (_i, before, after, hunks) => {
    expect(unifiedHunks(before, after)).toBe(hunks);
  });
});
