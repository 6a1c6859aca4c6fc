/**
 * Random line edits, with the hunks GNU diff 3 printed for each (`diff -u -N`), recorded in
 * testdata. GNU diff picks among equally short edit scripts with its own boundary shifting;
 * ours agrees on all but the cases listed in KNOWN_DIVERGENT (same changes, other alignment).
 */
import { describe, expect, it } from 'vitest';
import { unifiedHunks } from './unifiedDiff';
import cases from './testdata/unifiedDiff.json';

const KNOWN_DIVERGENT = new Set([11]);
const table = (cases as [string, string, string][]).map((c, i) => [i, ...c] as const);

describe('unifiedHunks matches GNU diff -u', () => {
  it.each(table.filter(([i]) => !KNOWN_DIVERGENT.has(i)))('case %i', (_i, before, after, hunks) => {
    expect(unifiedHunks(before, after)).toBe(hunks);
  });

  it.fails.each(table.filter(([i]) => KNOWN_DIVERGENT.has(i)))('case %i (known divergence)', (_i, before, after, hunks) => {
    expect(unifiedHunks(before, after)).toBe(hunks);
  });
});
