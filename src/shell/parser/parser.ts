import type { AndOr, Assignment, Pipeline, Redirect, Script, SimpleCommand, Word } from './ast';
import { IncompleteInputError, unexpectedToken } from './errors';
import { Lexer, type Token } from './lexer';
import { parseHeredocBody } from './wordScanner';

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

/**
 * Parses a whole input (one or more lines) into a Script. Throws IncompleteInputError when
 * bash would prompt for more (`> `), ShellSyntaxError when bash would reject the line.
 */
export function parseScript(src: string): Script {
  return new Parser(src).parseScript();
}

/** True when bash would show the `> ` continuation prompt instead of running `src`. */
export function isIncomplete(src: string): boolean {
  try {
    parseScript(src);
    return false;
  } catch (e) {
    return e instanceof IncompleteInputError;
  }
}

class Parser {
  private readonly lexer: Lexer;
  private token: Token;

  constructor(src: string) {
    this.lexer = new Lexer(src);
    this.token = this.lexer.next();
  }

  parseScript(): Script {
    const items: AndOr[] = [];
    this.skipNewlines();
    while (this.token.type !== 'eof') {
      const item = this.parseAndOr();
      items.push(item);
      const t = this.peek();
      if (t.type === 'op' && (t.op === ';' || t.op === '&' || t.op === '\n')) {
        item.background = t.op === '&';
        this.advance();
        this.skipNewlines();
      } else if (t.type !== 'eof') {
        throw unexpectedToken(describe(t));
      }
    }
    return { items };
  }

  private parseAndOr(): AndOr {
    const first = this.parsePipeline();
    const rest: AndOr['rest'] = [];
    for (;;) {
      const t = this.token;
      if (t.type !== 'op' || (t.op !== '&&' && t.op !== '||')) break;
      this.advance();
      this.skipNewlinesOrNeedMore();
      rest.push({ op: t.op, pipeline: this.parsePipeline() });
    }
    return { first, rest, background: false };
  }

  private parsePipeline(): Pipeline {
    let negated = false;
    if (this.token.type === 'word' && this.token.raw === '!') {
      negated = true;
      this.advance();
    }
    const commands = [this.parseSimpleCommand()];
    for (;;) {
      const t = this.token;
      if (t.type !== 'op' || (t.op !== '|' && t.op !== '|&')) break;
      if (t.op === '|&') commands[commands.length - 1].redirects.push(dupStderrToStdout());
      this.advance();
      this.skipNewlinesOrNeedMore();
      commands.push(this.parseSimpleCommand());
    }
    return { negated, commands };
  }

  private parseSimpleCommand(): SimpleCommand {
    const cmd: SimpleCommand = { type: 'simple', assignments: [], words: [], redirects: [] };
    for (;;) {
      const t = this.token;
      if (t.type === 'word') {
        const assignment = cmd.words.length === 0 ? asAssignment(t.word) : undefined;
        if (assignment) cmd.assignments.push(assignment);
        else cmd.words.push(t.word);
        this.advance();
      } else if (t.type === 'redirect') {
        cmd.redirects.push(this.parseRedirect(t));
      } else break;
    }
    if (cmd.words.length + cmd.assignments.length + cmd.redirects.length === 0) {
      if (this.token.type === 'eof') throw new IncompleteInputError('syntax error: unexpected end of file');
      throw unexpectedToken(describe(this.token));
    }
    return cmd;
  }

  private parseRedirect(t: Extract<Token, { type: 'redirect' }>): Redirect {
    this.advance();
    const target = this.token;
    if (target.type !== 'word') throw unexpectedToken(describe(target));
    const op = t.op === '<&' ? '<' : t.op;
    const fd = t.fd ?? (op.startsWith('<') ? 0 : 1);
    if (t.heredoc) {
      this.lexer.registerHeredoc(target.raw, target.word, t.op === '<<-', t.heredoc);
      this.advance();
      return { fd, op, heredoc: t.heredoc };
    }
    this.advance();
    return { fd, op: op === '>&' && !/^[0-9]+$/.test(target.raw) ? '&>' : op, target: target.word };
  }

  /** Reads the lookahead without letting TypeScript keep a narrowing across advance(). */
  private peek(): Token {
    return this.token;
  }

  private advance(): void {
    this.token = this.lexer.next();
  }

  private skipNewlines(): void {
    while (this.token.type === 'op' && this.token.op === '\n') this.advance();
  }

  /** After `|`, `&&` and `||` bash keeps reading lines until a command comes. */
  private skipNewlinesOrNeedMore(): void {
    this.skipNewlines();
    if (this.token.type === 'eof') throw new IncompleteInputError('syntax error: unexpected end of file');
  }
}

function asAssignment(word: Word): Assignment | undefined {
  const first = word.parts[0];
  if (!first || first.kind !== 'literal' || first.quoted) return undefined;
  const m = ASSIGNMENT.exec(first.text);
  if (!m) return undefined;
  const rest = first.text.slice(m[0].length);
  const parts = [...(rest ? [{ ...first, text: rest }] : []), ...word.parts.slice(1)];
  return { name: m[1], value: { parts } };
}

function dupStderrToStdout(): Redirect {
  return { fd: 2, op: '>&', target: { parts: [{ kind: 'literal', text: '1', quoted: false }] } };
}

function describe(t: Token): string {
  if (t.type === 'eof') return 'newline';
  if (t.type === 'op') return t.op === '\n' ? 'newline' : t.op;
  if (t.type === 'redirect') return t.op;
  return t.raw;
}

/** The Word to expand for a heredoc: literal when the delimiter was quoted. */
export function heredocWord(heredoc: { body: string; expand: boolean }): Word {
  if (!heredoc.expand) return { parts: [{ kind: 'literal', text: heredoc.body, quoted: true }] };
  return parseHeredocBody(heredoc.body);
}
