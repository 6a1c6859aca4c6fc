/**
 * The ASCII tables minikube prints (olekukonko/tablewriter in markdown-ish mode): `|---|` rules,
 * centred headers, cells left-aligned except numbers, which are right-aligned. Width counts
 * terminal columns, so an emoji such as ✅ takes two.
 */
const WIDE = /[\u{1F300}-\u{1FAFF}\u2705\u274C]/u;

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

const isNumber = (s: string) => /^-?\d+(\.\d+)?$/.test(s);

function pad(s: string, width: number, align: 'left' | 'right' | 'center'): string {
  const gap = width - displayWidth(s);
  if (align === 'right') return ' '.repeat(gap) + s;
  if (align === 'center') {
    const left = Math.floor(gap / 2);
    return ' '.repeat(left) + s + ' '.repeat(gap - left);
  }
  return s + ' '.repeat(gap);
}

/** A cell with `\n` spans several lines, as tablewriter wraps long cells. */
function expand(row: string[]): string[][] {
  const parts = row.map((c) => c.split('\n'));
  const height = Math.max(...parts.map((p) => p.length));
  return Array.from({ length: height }, (_, i) => parts.map((p) => p[i] ?? ''));
}

export function renderTable(header: string[], table: string[][]): string {
  const rows = table.flatMap(expand);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n`;
  const line = (cells: string[], head: boolean) =>
    `|${cells.map((c, i) => ` ${pad(c, widths[i], head ? 'center' : isNumber(c) ? 'right' : 'left')} `).join('|')}|\n`;
  return rule + line(header, true) + rule + rows.map((r) => line(r, false)).join('') + rule;
}
