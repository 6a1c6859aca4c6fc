/**
 * describe's PrefixWriter over a tabwriter (minwidth 0, padding 2): each level indents two
 * spaces, tabs separate aligned cells, and the whole text is aligned when the describer ends.
 */
import { DESCRIBE_TABWRITER, tabwrite } from '../printers/tabwriter';
import { escapeTerminal } from '../printers/terminal';

export const LEVEL_0 = 0;
export const LEVEL_1 = 1;
export const LEVEL_2 = 2;
export const LEVEL_3 = 3;
export const LEVEL_4 = 4;

export class PrefixWriter {
  private readonly flushed: string[] = [];
  private pending = '';

  /** Writes `text` (which carries its own tabs and newline) indented by `level`. */
  write(level: number, text: string): void {
    this.pending += escapeTerminal('  '.repeat(level) + text);
  }

  /** fmt.Sprintln: the text and a newline, no indentation. */
  writeLine(text: string): void {
    this.pending += escapeTerminal(`${text}\n`);
  }

  /** Aligns what was written so far on its own, as tabwriter.Flush does. */
  flush(): void {
    this.flushed.push(tabwrite(this.pending, DESCRIBE_TABWRITER));
    this.pending = '';
  }

  text(): string {
    this.flush();
    return this.flushed.join('');
  }
}

/** A writer whose every write is `indent` levels deeper (NewNestedPrefixWriter). */
export class NestedPrefixWriter extends PrefixWriter {
  constructor(
    private readonly parent: PrefixWriter,
    private readonly indent: number,
  ) {
    super();
  }

  override write(level: number, text: string): void {
    this.parent.write(level + this.indent, text);
  }

  override writeLine(text: string): void {
    this.parent.write(this.indent, `${text}\n`);
  }
}

/** tabbedString: run a describer body and return its aligned output. */
export function tabbedString(body: (w: PrefixWriter) => void): string {
  const w = new PrefixWriter();
  body(w);
  return w.text();
}
