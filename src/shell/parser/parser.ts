import type { AndOr, Assignment, Command, CompoundCommand, ForCommand, IfCommand, Pipeline, Redirect, Script, SimpleCommand, Word } from './ast';
import { IncompleteInputError, ShellSyntaxError, unexpectedToken } from './errors';
import { Lexer, type Token } from './lexer';
import { parseHeredocBody } from './wordScanner';

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;
/** Reserved words that open or close compounds; only special in command position. */
const RESERVED = new Set(['for', 'while', 'until', 'if', '{', 'do', 'done', 'then', 'elif', 'else', 'fi', '}', 'in']);

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
  private token!: Token;
  private tokenStart = 0;

  constructor(private readonly src: string) {
    this.lexer = new Lexer(src);
    this.advance();
  }

  parseScript(): Script {
    const script = this.parseList([]);
    const t = this.peek();
    if (t.type !== 'eof') throw unexpectedToken(describe(t));
    return script;
  }

  /** Parses and-or lists until EOF, `)` or one of the reserved words that close a compound. */
  private parseList(terminators: string[]): Script {
    const items: AndOr[] = [];
    this.skipNewlines();
    while (!this.atListEnd(terminators)) {
      const from = this.tokenStart;
      const item = this.parseAndOr();
      items.push(item);
      const t = this.peek();
      if (t.type !== 'op' || (t.op !== ';' && t.op !== '&' && t.op !== '\n')) break;
      item.background = t.op === '&';
      if (item.background) item.source = this.src.slice(from, this.tokenStart).trim();
      this.advance();
      this.skipNewlines();
    }
    return { items };
  }

  private atListEnd(terminators: string[]): boolean {
    const t = this.peek();
    if (t.type === 'eof') return true;
    if (t.type === 'op' && t.op === ')') return true;
    return t.type === 'word' && terminators.includes(t.raw);
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
    const commands = [this.parseCommand()];
    for (;;) {
      const t = this.token;
      if (t.type !== 'op' || (t.op !== '|' && t.op !== '|&')) break;
      if (t.op === '|&') commands[commands.length - 1].redirects.push(dupStderrToStdout());
      this.advance();
      this.skipNewlinesOrNeedMore();
      commands.push(this.parseCommand());
    }
    return { negated, commands };
  }

  private parseCommand(): Command {
    const t = this.peek();
    let compound: CompoundCommand;
    if (t.type === 'op' && t.op === '(') {
      this.advance();
      const body = this.parseBody([]);
      this.expectOp(')');
      compound = { type: 'group', subshell: true, body, redirects: [] };
    } else if (t.type === 'word' && RESERVED.has(t.raw)) {
      this.advance();
      compound = this.parseCompound(t.raw);
    } else return this.parseSimpleCommand();
    for (let r = this.peek(); r.type === 'redirect'; r = this.peek()) compound.redirects.push(this.parseRedirect(r));
    return compound;
  }

  private parseCompound(keyword: string): CompoundCommand {
    switch (keyword) {
      case 'for':
        return this.parseFor();
      case 'while':
      case 'until': {
        const condition = this.parseBody(['do']);
        this.expectWord('do');
        const body = this.parseBody(['done']);
        this.expectWord('done');
        return { type: 'while', until: keyword === 'until', condition, body, redirects: [] };
      }
      case 'if':
        return this.parseIf();
      case '{': {
        const body = this.parseBody(['}']);
        this.expectWord('}');
        return { type: 'group', subshell: false, body, redirects: [] };
      }
    }
    throw unexpectedToken(keyword);
  }

  private parseFor(): ForCommand {
    const name = this.peek();
    if (name.type !== 'word') throw this.unexpected();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name.raw)) throw new ShellSyntaxError(`\`${name.raw}': not a valid identifier`);
    this.advance();
    this.skipNewlines();
    let words: Word[] | undefined;
    const t = this.peek();
    if (t.type === 'word' && t.raw === 'in') {
      this.advance();
      words = [];
      for (let w = this.peek(); w.type === 'word'; w = this.peek()) {
        words.push(w.word);
        this.advance();
      }
    }
    const sep = this.peek();
    if (sep.type === 'op' && (sep.op === ';' || sep.op === '\n')) this.advance();
    this.skipNewlines();
    this.expectWord('do');
    const body = this.parseBody(['done']);
    this.expectWord('done');
    return { type: 'for', name: name.raw, words, body, redirects: [] };
  }

  private parseIf(): IfCommand {
    const clauses: IfCommand['clauses'] = [];
    let otherwise: Script | undefined;
    for (;;) {
      const condition = this.parseBody(['then']);
      this.expectWord('then');
      clauses.push({ condition, body: this.parseBody(['elif', 'else', 'fi']) });
      const t = this.peek();
      this.expectWord(t.type === 'word' && (t.raw === 'elif' || t.raw === 'else') ? t.raw : 'fi');
      if (t.type === 'word' && t.raw === 'elif') continue;
      if (t.type === 'word' && t.raw === 'else') {
        otherwise = this.parseBody(['fi']);
        this.expectWord('fi');
      }
      return { type: 'if', clauses, otherwise, redirects: [] };
    }
  }

  /** A compound's list: bash rejects an empty one at the token that ends it. */
  private parseBody(terminators: string[]): Script {
    const body = this.parseList(terminators);
    if (body.items.length === 0) throw this.unexpected();
    return body;
  }

  private expectWord(word: string): void {
    const t = this.peek();
    if (t.type === 'word' && t.raw === word) return this.advance();
    throw this.unexpected();
  }

  private expectOp(op: string): void {
    const t = this.peek();
    if (t.type === 'op' && t.op === op) return this.advance();
    throw this.unexpected();
  }

  /** At EOF bash keeps reading (`> ` prompt); anywhere else the token is an error. */
  private unexpected(): Error {
    const t = this.peek();
    if (t.type === 'eof') return new IncompleteInputError('syntax error: unexpected end of file');
    return unexpectedToken(describe(t));
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
    if (cmd.words.length + cmd.assignments.length + cmd.redirects.length === 0) throw this.unexpected();
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
    this.tokenStart = this.lexer.tokenStart;
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
