/**
 * Which lines of two texts GNU diff reports as removed and added. Among the many equally short
 * edits it picks one through the stages of its analyze.c, reproduced here:
 * - only a window is analysed: the identical first and last lines, less `horizon` lines of
 *   each, stay out (io.c find_identical_ends), so no change can slide into them;
 * - lines with no match in the other file are changes outright (discard_confusing_lines),
 *   which steers what the rest matches;
 * - a shortest edit between the remaining lines, found as diff's compareseq finds it;
 * - shift_boundaries: each run of changes slides up, then down as far as equal lines allow,
 *   then back up to end where a change in the other file ends.
 */

import { shortestEdit } from './myersDiff';

/** `flags[k + 1]` is 1 when line k changed; the zeros at both ends are sentinels the loops need. */
type Flags = Uint8Array;

export type DiffOp = { kind: ' ' | '-' | '+'; line: string };

function commonPrefix(a: string[], b: string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Common last lines, not reaching before line `from` of either text. */
function commonSuffix(a: string[], b: string[], from: number): number {
  const room = Math.min(a.length, b.length) - from;
  let n = 0;
  while (n < room && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Per line of `x`: 1 when `y` has no equal line, 2 when it has "many" (provisional), else 0. */
function discardable(x: string[], y: string[]): number[] {
  const counts = new Map<string, number>();
  for (const l of y) counts.set(l, (counts.get(l) ?? 0) + 1);
  let many = 5;
  for (let tem = x.length >> 6; (tem >>= 2) > 0; ) many *= 2;
  return x.map((l) => {
    const n = counts.get(l) ?? 0;
    return n === 0 ? 1 : n > many ? 2 : 0;
  });
}

/** Cancels provisional discards at the ends of a run, ahead of 3 sure ones (or 8 lines in). */
function cancelLeadingProvisionals(d: number[], at: (j: number) => number, length: number): void {
  let consec = 0;
  for (let j = 0; j < length; j++) {
    const k = at(j);
    if (j >= 8 && d[k] === 1) break;
    if (d[k] === 2) {
      consec = 0;
      d[k] = 0;
    } else if (d[k] === 0) consec = 0;
    else consec++;
    if (consec === 3) break;
  }
}

/** A provisional discard stands only inside a run of discards that starts and ends with sure ones. */
function settleProvisionals(d: number[]): void {
  for (let i = 0; i < d.length; i++) {
    if (d[i] === 2) d[i] = 0;
    if (d[i] === 0) continue;
    let j = i;
    let provisional = 0;
    for (; j < d.length && d[j] !== 0; j++) if (d[j] === 2) provisional++;
    while (j > i && d[j - 1] === 2) {
      d[--j] = 0;
      provisional--;
    }
    const length = j - i;
    if (provisional * 4 > length) {
      for (let k = i; k < j; k++) if (d[k] === 2) d[k] = 0;
      continue;
    }
    let minimum = 1;
    for (let tem = length >> 2; (tem >>= 2) > 0; ) minimum <<= 1;
    minimum++;
    // Subruns of `minimum` or more provisionals are cancelled whole.
    for (let k = 0, consec = 0; k < length; k++) {
      if (d[i + k] !== 2) consec = 0;
      else if (minimum === ++consec) k -= consec;
      else if (minimum < consec) d[i + k] = 0;
    }
    cancelLeadingProvisionals(d, (k) => i + k, length);
    i += length - 1;
    const last = i;
    cancelLeadingProvisionals(d, (k) => last - k, length);
  }
}

/** Marks changed the kept lines a shortest edit between them removes or adds. */
function markUnmatched(x: string[], y: string[], keepX: number[], keepY: number[], flags: [Flags, Flags]): void {
  const xs = keepX.map((k) => x[k]);
  const ys = keepY.map((k) => y[k]);
  shortestEdit(
    xs,
    ys,
    (i) => (flags[0][keepX[i] + 1] = 1),
    (j) => (flags[1][keepY[j] + 1] = 1),
  );
}

/** shift_boundaries for one text of the window, against the other's changes. */
function shiftBoundaries(changed: Flags, other: Flags, lines: string[]): void {
  const c = (k: number) => changed[k + 1];
  const o = (k: number) => other[k + 1];
  const set = (k: number, v: 0 | 1) => (changed[k + 1] = v);
  const end = lines.length;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < end && !c(i)) {
      while (o(j++));
      i++;
    }
    if (i === end) return;
    let start = i;
    while (c(++i));
    while (o(j)) j++;
    let runLength: number;
    let corresponding: number;
    do {
      runLength = i - start;
      while (start && lines[start - 1] === lines[i - 1]) {
        set(--start, 1);
        set(--i, 0);
        while (c(start - 1)) start--;
        while (o(--j));
      }
      corresponding = o(j - 1) ? i : end;
      while (i !== end && lines[start] === lines[i]) {
        set(start++, 0);
        set(i++, 1);
        while (c(i)) i++;
        while (o(++j)) corresponding = i;
      }
    } while (runLength !== i - start);
    while (corresponding < i) {
      set(--start, 1);
      set(--i, 0);
      while (o(--j));
    }
  }
}

/** The window's changed lines of each text, as GNU diff finds them. */
function windowFlags(x: string[], y: string[]): [Flags, Flags] {
  const flags: [Flags, Flags] = [new Uint8Array(x.length + 2), new Uint8Array(y.length + 2)];
  const discards = [discardable(x, y), discardable(y, x)];
  discards.forEach(settleProvisionals);
  const keep = discards.map((d, f) => d.flatMap((v, k) => (v ? ((flags[f][k + 1] = 1), []) : [k])));
  markUnmatched(x, y, keep[0], keep[1], flags);
  shiftBoundaries(flags[0], flags[1], x);
  shiftBoundaries(flags[1], flags[0], y);
  return flags;
}

/** The edit `diff` prints, line by line: within each change, removed lines before added ones. */
export function diffAlignment(a: string[], b: string[], horizon: number): DiffOp[] {
  const lo = Math.max(0, commonPrefix(a, b) - horizon);
  const cut = Math.max(0, commonSuffix(a, b, lo) - horizon);
  const x = a.slice(lo, a.length - cut);
  const y = b.slice(lo, b.length - cut);
  const flags = windowFlags(x, y);
  const out: DiffOp[] = a.slice(0, lo).map((line) => ({ kind: ' ', line }));
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    while (i < x.length && flags[0][i + 1]) out.push({ kind: '-', line: x[i++] });
    while (j < y.length && flags[1][j + 1]) out.push({ kind: '+', line: y[j++] });
    if (i < x.length && j < y.length) {
      out.push({ kind: ' ', line: x[i++] });
      j++;
    }
  }
  for (const line of a.slice(a.length - cut)) out.push({ kind: ' ', line });
  return out;
}
