/**
 * Go's text/tabwriter, which both `kubectl get` tables and `kubectl describe` go through.
 * Cells are tab-terminated; the text after a line's last tab is not part of a column.
 * A column's width is decided per "column block": the run of consecutive lines that have a
 * cell in that column. That is why a describe line without a tab (`Containers:`) restarts
 * the alignment of the lines below it.
 */
export interface TabwriterOptions {
  minWidth: number;
  padding: number;
}

/** printers.GetNewTabWriter: minwidth 6, padding 3 (tabwidth 4 is unused with space padding). */
export const TABLE_TABWRITER: TabwriterOptions = { minWidth: 6, padding: 3 };
/** describe's tabbedString: minwidth 0, padding 2. */
export const DESCRIBE_TABWRITER: TabwriterOptions = { minWidth: 0, padding: 2 };

type Line = string[];

/** Aligns `text` the way a Go tabwriter with a space pad character would, then flushes. */
export function tabwrite(text: string, options: TabwriterOptions): string {
  const lines: Line[] = text.split('\n').map((line) => line.split('\t'));
  const out: string[] = [];
  format(lines, 0, lines.length, [], options, out);
  return out.join('');
}

function cellWidth(cell: string): number {
  // Go counts runes, not UTF-16 code units.
  let n = 0;
  for (const _ of cell) n++;
  return n;
}

function format(lines: Line[], line0: number, line1: number, widths: number[], options: TabwriterOptions, out: string[]): void {
  const column = widths.length;
  let start = line0;
  for (let i = line0; i < line1; i++) {
    if (column >= lines[i].length - 1) continue;
    // A cell exists in this column: lines before it are complete, print them.
    writeLines(lines, start, i, widths, out);
    start = i;
    let width = options.minWidth;
    for (; i < line1; i++) {
      const line = lines[i];
      if (column >= line.length - 1) break;
      width = Math.max(width, cellWidth(line[column]) + options.padding);
    }
    format(lines, start, i, [...widths, width], options, out);
    start = i;
    i--;
  }
  writeLines(lines, start, line1, widths, out);
}

function writeLines(lines: Line[], line0: number, line1: number, widths: number[], out: string[]): void {
  for (let i = line0; i < line1; i++) {
    const line = lines[i];
    for (let j = 0; j < line.length; j++) {
      const cell = line[j];
      out.push(cell);
      if (j < widths.length) out.push(' '.repeat(Math.max(0, widths[j] - cellWidth(cell))));
    }
    // The final buffered line is the text after the last newline: it gets none.
    if (i + 1 < lines.length) out.push('\n');
  }
}
