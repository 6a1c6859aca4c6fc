/**
 * The character-level half of go-yaml v2's emitter: column tracking, indentation and the
 * four scalar styles kubectl's output uses, folding long lines past 80 columns as it does.
 */
import { isBreak, isPrintable } from './analyze';

const BEST_WIDTH = 80;
const BEST_INDENT = 2;

export class YamlWriter {
  private readonly out: string[] = [];
  column = 0;
  /** The last character written was whitespace (no separating space needed). */
  whitespace = true;
  /** Only indentation has been written on the current line. */
  indention = true;
  indent = -1;

  text(): string {
    return this.out.join('');
  }

  private put(ch: string): void {
    this.out.push(ch);
    this.column++;
  }

  putBreak(): void {
    this.out.push('\n');
    this.column = 0;
  }

  writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }

  writeIndicator(indicator: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    for (const ch of indicator) this.put(ch);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  writePlain(value: string, allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ');
    const chars = [...value];
    let spaces = false;
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i];
      if (ch === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && chars[i + 1] !== ' ') this.writeIndent();
        else this.put(ch);
        spaces = true;
      } else {
        this.put(ch);
        this.indention = false;
        spaces = false;
      }
    }
    this.whitespace = false;
    this.indention = false;
  }

  writeSingleQuoted(value: string, allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false);
    const chars = [...value];
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i];
      if (ch === ' ') {
        const fold = allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < chars.length - 1 && chars[i + 1] !== ' ';
        if (fold) this.writeIndent();
        else this.put(ch);
        spaces = true;
      } else if (isBreak(ch)) {
        if (!breaks && ch === '\n') this.putBreak();
        this.writeBreak(ch);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        if (ch === "'") this.put("'");
        this.put(ch);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.writeIndicator("'", false, false, false);
  }

  writeDoubleQuoted(value: string, allowBreaks: boolean): void {
    this.writeIndicator('"', true, false, false);
    const chars = [...value];
    let spaces = false;
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i];
      if (!isPrintable(ch) || ch === '\ufeff' || isBreak(ch) || ch === '"' || ch === '\\') {
        for (const c of escapeDoubleQuoted(ch)) this.put(c);
        spaces = false;
      } else if (ch === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i !== 0 && i !== chars.length - 1) {
          this.writeIndent();
          if (chars[i + 1] === ' ') this.put('\\');
        } else {
          this.put(ch);
        }
        spaces = true;
      } else {
        this.put(ch);
        spaces = false;
      }
    }
    this.writeIndicator('"', false, false, false);
  }

  writeLiteral(value: string): void {
    this.writeIndicator('|', true, false, false);
    this.writeBlockScalarHints(value);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const ch of value) {
      if (isBreak(ch)) {
        this.writeBreak(ch);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) {
          this.writeIndent();
          breaks = false;
        }
        this.put(ch);
        this.indention = false;
      }
    }
  }

  private writeBlockScalarHints(value: string): void {
    const chars = [...value];
    if (chars[0] === ' ' || isBreak(chars[0])) this.writeIndicator(String(BEST_INDENT), false, false, false);
    let chomp = '';
    const last = chars.length - 1;
    if (chars.length === 0 || !isBreak(chars[last])) chomp = '-';
    else if (last === 0 || isBreak(chars[last - 1])) chomp = '+';
    if (chomp) this.writeIndicator(chomp, false, false, false);
  }

  private writeBreak(ch: string): void {
    if (ch === '\n') {
      this.putBreak();
    } else {
      this.out.push(ch);
      this.column = 0;
    }
  }
}

const SHORT_ESCAPES: Record<string, string> = {
  '\0': '0',
  '\x07': 'a',
  '\b': 'b',
  '\t': 't',
  '\n': 'n',
  '\v': 'v',
  '\f': 'f',
  '\r': 'r',
  '\x1b': 'e',
  '"': '"',
  '\\': '\\',
  '\u0085': 'N',
  '\u2028': 'L',
  '\u2029': 'P',
};

function escapeDoubleQuoted(ch: string): string {
  const short = SHORT_ESCAPES[ch];
  if (short) return `\\${short}`;
  const cp = ch.codePointAt(0)!;
  const hex = cp.toString(16).toUpperCase();
  if (cp <= 0xff) return `\\x${hex.padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${hex.padStart(4, '0')}`;
  return `\\U${hex.padStart(8, '0')}`;
}
