/**
 * What the API server's table convertor knows about a kind: its column definitions and how
 * to turn one object into cells. The server always generates every column; the client drops
 * priority-1 columns unless `-o wide` (pkg/printers/internalversion/printers.go).
 */
export interface ColumnDefinition {
  /** As the server names it (`Nominated Node`); kubectl upper-cases it for the header. */
  name: string;
  /** 0 = always shown, 1 = only with `-o wide`. */
  priority: 0 | 1;
  /** `name` marks the column `--show-kind` prefixes with `kind/`. */
  format?: 'name';
}

/** A cell as the server returns it: nil prints nothing, numbers and booleans via fmt.Sprint. */
export type Cell = string | number | boolean | null;

export interface TableConvertor<T = unknown> {
  columns: ColumnDefinition[];
  /** One cell per column, wide ones included, for `obj` seen at `now` (ms since epoch). */
  cells(obj: T, now: number): Cell[];
}

export const nameColumn: ColumnDefinition = { name: 'Name', priority: 0, format: 'name' };
export const ageColumn: ColumnDefinition = { name: 'Age', priority: 0 };

/** Shorthand for plain columns: `col('Ready')`, `col('IP', 1)`. */
export function col(name: string, priority: 0 | 1 = 0): ColumnDefinition {
  return { name, priority };
}
