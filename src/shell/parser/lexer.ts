import type { RedirectOp, Word } from './ast';
import { IncompleteInputError } from './errors';
import { findClosingParen } from './scanSubstitution';
import { WordScanner, isMeta } from './wordScanner';

export type ControlOp = '|' | '|&' | '||' | '&&' | '&' | ';' | ';;' | '\n' | '(' | ')';

export interface HeredocSlot {
  body: string;
  expand: boolean;
}

export type Token =
  | { type: 'word'; word: Word; raw: string }
  | { type: 'op'; op: ControlOp }
  | { type: 'redirect'; fd: number | undefined; op: RedirectOp | '<&'; heredoc?: HeredocSlot }
  | { type: 'eof' };

const CONTROL_OPS: ControlOp[] = ['||', '|&', '&&', ';;', '|', '&', ';', '\n', '(', ')'];
const REDIRECT_OPS: (RedirectOp | '<&' | '>|')[] = ['&>>', '<<<', '<<-', '&>', '>>', '>&', '<&', '<<', '>|', '>', '<'];

interface PendingHeredoc {
  delimiter: string;
  stripTabs: boolean;
  slot: HeredocSlot;
}

/**
 * Turns source text into tokens. Heredoc bodies are read when the lexer passes the newline
 * that ends their command line, and are stored into the redirect token already emitted.
 */
export class Lexer {
  private pos = 0;
  private readonly pending: PendingHeredoc[] = [];
  /** Where the token `next()` returned last begins in the source (for a background job's text). */
  tokenStart = 0;

  constructor(private readonly src: string) {}

  next(): Token {
    this.skipBlanks();
    this.tokenStart = this.pos;
    const src = this.src;
    if (this.pos >= src.length) {
      if (this.pending.length) {
        const { delimiter } = this.pending[0];
        throw new IncompleteInputError(`here-document delimited by end-of-file (wanted \`${delimiter}')`, delimiter);
      }
      return { type: 'eof' };
    }
    if (src[this.pos] === '<' && src[this.pos + 1] === '(') return this.readProcessSubstitution();
    for (const op of REDIRECT_OPS) {
      if (src.startsWith(op, this.pos)) return this.readRedirect(undefined, op);
    }
    for (const op of CONTROL_OPS) {
      if (src.startsWith(op, this.pos)) {
        this.pos += op.length;
        if (op === '\n') this.readHeredocBodies();
        return { type: 'op', op };
      }
    }
    const start = this.pos;
    const fd = /^[0-9]+(?=[<>])/.exec(src.slice(this.pos, this.pos + 12));
    if (fd) {
      this.pos += fd[0].length;
      const op = REDIRECT_OPS.find((o) => src.startsWith(o, this.pos) && !o.startsWith('&'));
      if (op) return this.readRedirect(Number(fd[0]), op);
      this.pos = start;
    }
    const scanner = new WordScanner(src, this.pos);
    const word = scanner.readWord();
    this.pos = scanner.pos;
    return { type: 'word', word, raw: src.slice(start, this.pos) };
  }

  /** Reads the word after `<<` now, because it decides how the body is read later. */
  registerHeredoc(delimiterRaw: string, word: Word, stripTabs: boolean, slot: HeredocSlot): void {
    const quoted = word.parts.some((p) => p.kind !== 'literal' || p.quoted) || /['"\\]/.test(delimiterRaw);
    const delimiter = word.parts.map((p) => (p.kind === 'literal' ? p.text : '')).join('');
    slot.expand = !quoted;
    this.pending.push({ delimiter, stripTabs, slot });
  }

  private readRedirect(fd: number | undefined, op: RedirectOp | '<&' | '>|'): Token {
    this.pos += op.length;
    const normalized = op === '>|' ? '>' : op;
    if (normalized === '<<' || normalized === '<<-') {
      return { type: 'redirect', fd, op: normalized, heredoc: { body: '', expand: true } };
    }
    return { type: 'redirect', fd, op: normalized };
  }

  private readProcessSubstitution(): Token {
    const start = this.pos;
    const end = findClosingParen(this.src, this.pos + 2);
    const source = this.src.slice(this.pos + 2, end);
    this.pos = end + 1;
    if (this.pos < this.src.length && !isMeta(this.src[this.pos])) {
      const rest = new WordScanner(this.src, this.pos);
      const tail = rest.readWord();
      this.pos = rest.pos;
      return { type: 'word', word: { parts: [{ kind: 'process', source }, ...tail.parts] }, raw: this.src.slice(start, this.pos) };
    }
    return { type: 'word', word: { parts: [{ kind: 'process', source }] }, raw: this.src.slice(start, this.pos) };
  }

  private skipBlanks(): void {
    const src = this.src;
    for (;;) {
      const c = src[this.pos];
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && src[this.pos + 1] === '\n') this.pos += 2;
      else if (c === '\\' && this.pos + 1 === src.length) {
        throw new IncompleteInputError('unexpected end of file after `\\\'');
      } else if (c === '#') {
        while (this.pos < src.length && src[this.pos] !== '\n') this.pos++;
      } else return;
    }
  }

  private readHeredocBodies(): void {
    while (this.pending.length) {
      const doc = this.pending[0];
      const lines: string[] = [];
      for (;;) {
        if (this.pos >= this.src.length) {
          throw new IncompleteInputError(`here-document delimited by end-of-file (wanted \`${doc.delimiter}')`, doc.delimiter);
        }
        const nl = this.src.indexOf('\n', this.pos);
        const end = nl < 0 ? this.src.length : nl;
        let line = this.src.slice(this.pos, end);
        this.pos = nl < 0 ? end : end + 1;
        if (doc.stripTabs) line = line.replace(/^\t+/, '');
        if (line === doc.delimiter) break;
        lines.push(line);
      }
      doc.slot.body = lines.map((l) => l + '\n').join('');
      this.pending.shift();
    }
  }
}
