/**
 * Random line edits, with the hunks GNU diff 3 printed for each (`diff -u -N`), recorded in
 * testdata. GNU diff picks among equally short edit scripts with its own boundary shifting,
 * which ours reproduces.
 */
import { describe, expect, it } from 'vitest';
import { unifiedHunks } from './unifiedDiff';
import cases from './testdata/unifiedDiff.json';

const table = (cases as [string, string, string][]).map((c, i) => [i, ...c] as const);

describe('unifiedHunks matches GNU diff -u', () => {
  it.each(table)('case %i', (_i, before, after, hunks) => {
    expect(unifiedHunks(before, after)).toBe(hunks);
  });
});
