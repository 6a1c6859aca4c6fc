import type { ParamOp, Word, WordPart } from './ast';
import { IncompleteInputError, unexpectedEof } from './errors';
import { findClosingBacktick, findClosingParen, unescapeBackticks } from './scanSubstitution';

const META = new Set([' ', '\t', '\n', '|', '&', ';', '<', '>', '(', ')']);
const SPECIAL_PARAMS = new Set(['?', '$', '#', '@', '*', '!', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

export const isMeta = (c: string | undefined): boolean => c !== undefined && META.has(c);

/**
 * Scans the characters of words: quotes, escapes and `$` expansions. Shared by the lexer
 * (unquoted words) and by heredoc bodies (which behave like double-quoted text).
 */
export class WordScanner {
  constructor(
    readonly src: string,
    public pos: number,
  ) {}

  /** Reads an unquoted word up to the next metacharacter. */
  readWord(): Word {
    const parts: WordPart[] = [];
    let literal = '';
    const flush = (): void => {
      if (literal) parts.push({ kind: 'literal', text: literal, quoted: false });
      literal = '';
    };
    while (this.pos < this.src.length && !isMeta(this.src[this.pos])) {
      const c = this.src[this.pos];
      if (c === '\\') {
        const next = this.src[this.pos + 1];
        if (next === undefined) throw new IncompleteInputError('unexpected end of file after `\\\'');
        this.pos += 2;
        if (next === '\n') continue;
        flush();
        parts.push({ kind: 'literal', text: next, quoted: true });
      } else if (c === "'") {
        flush();
        parts.push({ kind: 'literal', text: this.readSingleQuoted(), quoted: true });
      } else if (c === '"') {
        flush();
        this.pos++;
        parts.push(...this.readDoubleQuoted('"'));
      } else if (c === '$' || c === '`') {
        const part = this.readDollarOrBacktick(false);
        if (part) {
          flush();
          parts.push(part);
        } else literal += this.src[this.pos++];
      } else {
        literal += c;
        this.pos++;
      }
    }
    flush();
    return { parts };
  }

  private readSingleQuoted(): string {
    const end = this.src.indexOf("'", this.pos + 1);
    if (end < 0) throw unexpectedEof("'");
    const text = this.src.slice(this.pos + 1, end);
    this.pos = end + 1;
    return text;
  }

  /**
   * Reads double-quoted text up to `closer` (`"`), or to the end of input when `closer` is
   * undefined (heredoc bodies). Only `$`, `` ` ``, `"`, `\` and newline can be escaped.
   */
  readDoubleQuoted(closer: '"' | undefined): WordPart[] {
    const parts: WordPart[] = [];
    let literal = '';
    const flush = (): void => {
      parts.push({ kind: 'literal', text: literal, quoted: true });
      literal = '';
    };
    for (;;) {
      const c = this.src[this.pos];
      if (c === undefined) {
        if (closer) throw unexpectedEof(closer);
        break;
      }
      if (c === closer) {
        this.pos++;
        break;
      }
      if (c === '\\') {
        const next = this.src[this.pos + 1];
        if (next === '\n') this.pos += 2;
        else if (next !== undefined && (next === '$' || next === '`' || next === '\\' || next === closer)) {
          literal += next;
          this.pos += 2;
        } else {
          literal += c;
          this.pos++;
        }
        continue;
      }
      if (c === '$' || c === '`') {
        const part = this.readDollarOrBacktick(true);
        if (part) {
          if (literal) flush();
          parts.push(part);
          continue;
        }
      }
      literal += c;
      this.pos++;
    }
    if (literal || parts.length === 0) flush();
    return parts;
  }

  /** Returns undefined when the `$` is literal (e.g. `$` before a space). */
  private readDollarOrBacktick(quoted: boolean): WordPart | undefined {
    const src = this.src;
    const start = this.pos;
    if (src[start] === '`') {
      const end = findClosingBacktick(src, start + 1);
      this.pos = end + 1;
      return { kind: 'command', source: unescapeBackticks(src.slice(start + 1, end)), quoted };
    }
    const next = src[start + 1];
    if (next === '(' && src[start + 2] === '(') {
      const end = findClosingParen(src, start + 3);
      if (src[end + 1] !== ')') throw unexpectedEof(')');
      this.pos = end + 2;
      return { kind: 'arith', source: src.slice(start + 3, end), quoted };
    }
    if (next === '(') {
      const end = findClosingParen(src, start + 2);
      this.pos = end + 1;
      return { kind: 'command', source: src.slice(start + 2, end), quoted };
    }
    if (next === '{') return this.readBracedParam(quoted);
    if (next !== undefined && SPECIAL_PARAMS.has(next)) {
      this.pos = start + 2;
      return { kind: 'param', name: next, quoted };
    }
    if (next !== undefined && NAME_START.test(next)) {
      let end = start + 2;
      while (end < src.length && NAME_CHAR.test(src[end])) end++;
      this.pos = end;
      return { kind: 'param', name: src.slice(start + 1, end), quoted };
    }
    return undefined;
  }

  private readBracedParam(quoted: boolean): WordPart {
    const src = this.src;
    const start = this.pos;
    const close = findClosingBrace(src, start + 2);
    this.pos = close + 1;
    const body = src.slice(start + 2, close);
    const bad: WordPart = { kind: 'badSubstitution', text: `\${${body}}` };
    if (body.startsWith('#') && body.length > 1) {
      const element = /^(\w+)\[([^\]]+)\]$/.exec(body.slice(1));
      if (element && isParamName(element[1])) return { kind: 'param', name: element[1], subscript: element[2], op: '#', quoted };
      const name = body.slice(1);
      if (!isParamName(name)) return bad;
      return { kind: 'param', name, op: '#', quoted };
    }
    const m = /^([A-Za-z_][A-Za-z0-9_]*|[?$#@*!0-9])(?:\[([^\]]+)\])?(:-|-|:=)?/.exec(body);
    if (!m || (m[2] !== undefined && !isParamName(m[1]))) return bad;
    const name = m[1];
    const subscript = m[2] === undefined ? {} : { subscript: m[2] };
    const op = m[3] as ParamOp | undefined;
    if (!op) {
      if (m[0].length !== body.length) return bad;
      return { kind: 'param', name, ...subscript, quoted };
    }
    const arg = new WordScanner(body.slice(m[0].length), 0).readDoubleQuoted(undefined);
    return { kind: 'param', name, ...subscript, op, arg: { parts: arg }, quoted };
  }
}

function isParamName(name: string): boolean {
  return /^([A-Za-z_][A-Za-z0-9_]*|[?$#@*!0-9])$/.test(name);
}

function findClosingBrace(src: string, start: number): number {
  let depth = 1;
  for (let i = start; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '{') depth++;
    else if (src[i] === '}' && --depth === 0) return i;
  }
  throw unexpectedEof('}');
}

/** Parses a heredoc body whose delimiter was unquoted: `$VAR`, `$( )` and `\$` apply. */
export function parseHeredocBody(body: string): Word {
  return { parts: new WordScanner(body, 0).readDoubleQuoted(undefined) };
}
