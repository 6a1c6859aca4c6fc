/**
 * GNU `diff -u` of two texts: the edit diff picks (diffAlignment.ts), printed as hunks with
 * three lines of context and `@@ -l,s +l,s @@` headers (`,s` left out when it is 1).
 */
import { diffAlignment } from './diffAlignment';

const range = (start: number, size: number) => (size === 1 ? `${start}` : `${size === 0 ? start - 1 : start},${size}`);

const lines = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

/** The hunks of `diff -u` (without the ---/+++ header); '' when the texts are equal. */
export function unifiedHunks(before: string, after: string, context = 3): string {
  const ops = diffAlignment(lines(before), lines(after), context);
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
