/**
 * GNU `diff -u` of two texts, line by line: a longest-common-subsequence alignment, then hunks
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
  return deletionsFirst(slideUp(deletionsFirst(ops)));
}

/**
 * diff's shift_boundaries, in the direction that matters here: a run of removed (or added) lines
 * moves up while the context line above it equals its last line, so it joins the change before.
 */
function slideUp(ops: Op[]): Op[] {
  let moved = true;
  while (moved) {
    moved = false;
    for (let k = 1; k < ops.length; k++) {
      const kind = ops[k].kind;
      if (kind === ' ' || ops[k - 1].kind !== ' ' || ops[k - 1].line === undefined) continue;
      let e = k;
      while (e < ops.length && ops[e].kind === kind) e++;
      if (ops[k - 1].line !== ops[e - 1].line) continue;
      const runLines = [ops[k - 1].line, ...ops.slice(k, e - 1).map((o) => o.line)];
      ops.splice(k - 1, e - k + 1, ...runLines.map((line) => ({ kind, line })), { kind: ' ', line: ops[e - 1].line });
      moved = true;
    }
  }
  return ops;
}

/** Within each run of changes, diff prints the removed lines before the added ones. */
function deletionsFirst(ops: Op[]): Op[] {
  const out: Op[] = [];
  let run: Op[] = [];
  const flush = () => {
    out.push(...run.filter((o) => o.kind === '-'), ...run.filter((o) => o.kind === '+'));
    run = [];
  };
  for (const o of ops) {
    if (o.kind === ' ') {
      flush();
      out.push(o);
    } else run.push(o);
  }
  flush();
  return out;
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
