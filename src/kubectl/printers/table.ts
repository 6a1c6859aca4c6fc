/**
 * The client half of `kubectl get`'s human-readable output (cli-runtime's HumanReadablePrinter
 * over the server's table): column filtering for `-o wide`, the NAMESPACE, label and LABELS
 * columns, `kind/` name prefixes, headers, then the tabwriter.
 */
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import { groupKindOf, type TypeMeta } from './groupKind';
import { formatLabels } from './labels';
import { TABLE_TABWRITER, tabwrite } from './tabwriter';
import { escapeTerminal } from './terminal';
import { tableConvertorFor } from './columns/registry';
import type { Cell, ColumnDefinition } from './columns/types';

export interface TableObject extends TypeMeta {
  metadata?: ObjectMeta;
}

export interface TableOptions {
  /** `-o wide`: show priority-1 columns. */
  wide?: boolean;
  /** `--no-headers`. */
  noHeaders?: boolean;
  /** `--show-labels`: a trailing LABELS column. */
  showLabels?: boolean;
  /** `-L key1,key2`: one column per label key, headed by the key's last path segment. */
  labelColumns?: string[];
  /** `-A` / `--all-namespaces`: a leading NAMESPACE column (namespaced kinds only). */
  namespaceColumn?: boolean;
  /** Prefix names with `kind/` (`--show-kind`, or several kinds in one `get`). */
  showKind?: boolean;
  /** Milliseconds since the epoch for AGE cells. */
  now: number;
  /** `get -w --output-watch-events`: a leading EVENT column with this watch event type. */
  eventType?: string;
}

interface Column {
  header: string;
  cell: (obj: TableObject, cells: Cell[]) => string;
}

/** One kind's table, header included (unless suppressed), newline-terminated; '' for no rows. */
export function renderTable(objects: TableObject[], options: TableOptions): string {
  if (objects.length === 0) return '';
  const groupKind = groupKindOf(objects[0]);
  const convertor = tableConvertorFor(groupKind);
  const columns = visibleColumns(convertor.columns, groupKind, options);
  const lines: string[] = [];
  if (!options.noHeaders) lines.push(columns.map((c) => c.header).join('\t'));
  for (const obj of objects) {
    const cells = convertor.cells(obj as never, options.now);
    lines.push(columns.map((c) => escapeTerminal(c.cell(obj, cells))).join('\t'));
  }
  return tabwrite(lines.join('\n') + '\n', TABLE_TABWRITER);
}

function visibleColumns(definitions: ColumnDefinition[], groupKind: string, options: TableOptions): Column[] {
  const columns: Column[] = [];
  const eventType = options.eventType;
  if (eventType) columns.push({ header: 'EVENT', cell: () => eventType });
  if (options.namespaceColumn) {
    columns.push({ header: 'NAMESPACE', cell: (obj) => obj.metadata?.namespace ?? '' });
  }
  definitions.forEach((definition, index) => {
    if (definition.priority !== 0 && !options.wide) return;
    const prefix = options.showKind && definition.format === 'name' ? `${groupKind.toLowerCase()}/` : '';
    columns.push({ header: definition.name.toUpperCase(), cell: (_obj, cells) => prefix + formatCell(cells[index]) });
  });
  for (const key of options.labelColumns ?? []) {
    const header = key.split('/').pop()!.toUpperCase();
    columns.push({ header, cell: (obj) => obj.metadata?.labels?.[key] ?? '' });
  }
  if (options.showLabels) {
    columns.push({ header: 'LABELS', cell: (obj) => formatLabels(obj.metadata?.labels) });
  }
  return columns;
}

/** fmt.Sprint of a cell; strings stop at the first line break, marked with `...`. */
function formatCell(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'string') return String(cell);
  const lineBreak = cell.search(/[\f\n\r]/);
  return lineBreak < 0 ? cell : `${cell.slice(0, lineBreak)}...`;
}
