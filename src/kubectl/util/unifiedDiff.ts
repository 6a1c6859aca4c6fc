/**
 * GNU `diff -u` of two texts, line by line: a longest-common-subsequence alignment normalised by
 * diff's boundary shifting, then hunks
 * with three lines of context and `@@ -l,s +l,s @@` headers (`,s` left out when it is 1).
 */
type Op = { kind: ' ' | '-' | '+'; line: string };

function align(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i++] });
      j++;
    } else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) ops.push({ kind: '+', line: b[j++] });
    else ops.push({ kind: '-', line: a[i++] });
  }
  return shifted(a, b, ops);
}

/** `changed[k + 1]` flags line k; the zeros at both ends are the sentinels diff's loops rely on. */
type Flags = Uint8Array;

/** Re-aligns an edit with GNU diff's boundary shifting, then lists it removed-before-added. */
function shifted(a: string[], b: string[], ops: Op[]): Op[] {
  const flags = [new Uint8Array(a.length + 2), new Uint8Array(b.length + 2)];
  let i = 0;
  let j = 0;
  for (const o of ops) {
    if (o.kind === '-') flags[0][++i] = 1;
    else if (o.kind === '+') flags[1][++j] = 1;
    else {
      i++;
      j++;
    }
  }
  shiftBoundaries(flags[0], flags[1], a);
  shiftBoundaries(flags[1], flags[0], b);
  const out: Op[] = [];
  i = 0;
  j = 0;
  while (i < a.length || j < b.length) {
    while (i < a.length && flags[0][i + 1]) out.push({ kind: '-', line: a[i++] });
    while (j < b.length && flags[1][j + 1]) out.push({ kind: '+', line: b[j++] });
    if (i < a.length && j < b.length) {
      out.push({ kind: ' ', line: a[i++] });
      j++;
    }
  }
  return out;
}

/**
 * diff's shift_boundaries for one file: each run of changed lines slides up as far as equal
 * lines allow (merging with runs above), then down as far as possible (merging with runs
 * below), and finally back up to end where a change in the other file ends, if it passed one.
 * Among equally short edits this is the one GNU diff prints.
 */
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

const range = (start: number, size: number) => (size === 1 ? `${start}` : `${size === 0 ? start - 1 : start},${size}`);

const lines = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

/** The hunks of `diff -u` (without the ---/+++ header); '' when the texts are equal. */
export function unifiedHunks(before: string, after: string, context = 3): string {
  const ops = align(lines(before), lines(after));
  const changed = ops.map((o, k) => (o.kind !== ' ' ? k : -1)).filter((k) => k >= 0);
  if (changed.length === 0) return '';
  let out = '';
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k] - context);
    let end = Math.min(ops.length, changed[k] + context + 1);
    while (k + 1 < changed.length && changed[k + 1] - context <= end) end = Math.min(ops.length, changed[++k] + context + 1);
    k++;
    const before0 = ops.slice(0, start);
    const hunk = ops.slice(start, end);
    const aStart = before0.filter((o) => o.kind !== '+').length + 1;
    const bStart = before0.filter((o) => o.kind !== '-').length + 1;
    const aSize = hunk.filter((o) => o.kind !== '+').length;
    const bSize = hunk.filter((o) => o.kind !== '-').length;
    out += `@@ -${range(aStart, aSize)} +${range(bStart, bSize)} @@\n`;
    out += hunk.map((o) => `${o.kind}${o.line}\n`).join('');
  }
  return out;
}
