/**
 * A parser for the POSIX sh subset container commands use: lists, `&&`/`||`, pipes, `while`,
 * `until`, `for`, `if`, groups, quotes, `$VAR`/`${VAR:-x}`/`${#VAR}`, `$( )`, `$(( ))` and
 * redirects; with `arrays` (bash), also `name=(a b c)` and `${name[i]}`, `${name[@]}`,
 * `${#name[@]}`, which busybox ash and dash reject as syntax errors.
 * It produces an AST that compileShell.ts turns into program instructions.
 */
import type { Redirect, SimpleCommand, Word, WordPart } from './programTypes';

export type ShellNode =
  | { type: 'list'; items: { node: ShellNode; background: boolean }[] }
  | { type: 'andOr'; first: ShellNode; rest: { op: '&&' | '||'; node: ShellNode }[] }
  | { type: 'pipeline'; commands: SimpleCommand[]; negate: boolean }
  | { type: 'loop'; until: boolean; cond: ShellNode; body: ShellNode }
  | { type: 'for'; name: string; words: Word[]; body: ShellNode }
  | { type: 'if'; branches: { cond: ShellNode; body: ShellNode }[]; otherwise?: ShellNode };

export class ShellSyntaxError extends Error {}

const reserved = new Set(['do', 'done', 'then', 'fi', 'else', 'elif', '}', 'in', 'esac']);
const metachars = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);
const namePattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface ShellDialect {
  /** Bash arrays. */
  arrays: boolean;
}

const POSIX: ShellDialect = { arrays: false };

export function parseShell(src: string, dialect: ShellDialect = POSIX): ShellNode {
  const p = new Parser(src, dialect);
  const node = p.list([]);
  p.blanks(true);
  if (!p.done()) throw new ShellSyntaxError(`unexpected "${p.rawWord() || p.src[p.pos]}"`);
  return node;
}

class Parser {
  pos = 0;
  constructor(
    readonly src: string,
    readonly dialect: ShellDialect,
  ) {}

  done(): boolean {
    return this.pos >= this.src.length;
  }

  blanks(newlines: boolean): void {
    for (;;) {
      const c = this.src[this.pos];
      if (c === ' ' || c === '\t' || (newlines && c === '\n')) this.pos++;
      else if (c === '\\' && this.src[this.pos + 1] === '\n') this.pos += 2;
      else if (c === '#') while (!this.done() && this.src[this.pos] !== '\n') this.pos++;
      else return;
    }
  }

  /** The next unquoted literal word, without consuming it (for reserved words). */
  rawWord(): string {
    const m = /^[^\s;&|<>()'"`$\\]+/.exec(this.src.slice(this.pos));
    return m ? m[0] : '';
  }

  eat(token: string): boolean {
    if (!this.src.startsWith(token, this.pos)) return false;
    this.pos += token.length;
    return true;
  }

  eatWord(word: string): boolean {
    this.blanks(true);
    if (this.rawWord() !== word) return false;
    this.pos += word.length;
    return true;
  }

  expectWord(word: string): void {
    if (!this.eatWord(word)) throw new ShellSyntaxError(`unexpected ${this.done() ? 'end of file' : `"${this.rawWord() || this.src[this.pos]}"`} (expecting "${word}")`);
  }

  list(terminators: string[]): ShellNode {
    const items: { node: ShellNode; background: boolean }[] = [];
    for (;;) {
      this.blanks(true);
      if (this.done() || this.src[this.pos] === ')' || terminators.includes(this.rawWord())) break;
      const node = this.andOr();
      this.blanks(false);
      const background = this.src[this.pos] === '&' && this.src[this.pos + 1] !== '&';
      items.push({ node, background });
      if (!(this.eat(';') || this.eat('&') || this.eat('\n'))) break;
    }
    if (items.length === 0) throw new ShellSyntaxError(`unexpected "${this.rawWord() || this.src[this.pos] || 'end of file'}"`);
    return { type: 'list', items };
  }

  andOr(): ShellNode {
    const first = this.command();
    const rest: { op: '&&' | '||'; node: ShellNode }[] = [];
    for (;;) {
      this.blanks(false);
      const op = this.eat('&&') ? '&&' : this.eat('||') ? '||' : undefined;
      if (!op) return rest.length ? { type: 'andOr', first, rest } : first;
      this.blanks(true);
      rest.push({ op, node: this.command() });
    }
  }

  command(): ShellNode {
    this.blanks(true);
    const word = this.rawWord();
    if (word === 'while' || word === 'until') return this.loop(word === 'until');
    if (word === 'for') return this.forLoop();
    if (word === 'if') return this.ifClause();
    if (word === '{') {
      this.pos++;
      const body = this.list(['}']);
      this.expectWord('}');
      return body;
    }
    if (this.eat('(')) {
      const body = this.list([]);
      this.blanks(true);
      if (!this.eat(')')) throw new ShellSyntaxError('unexpected end of file (expecting ")")');
      return body;
    }
    return this.pipeline();
  }

  loop(until: boolean): ShellNode {
    this.pos += 5;
    const cond = this.list(['do']);
    this.expectWord('do');
    const body = this.list(['done']);
    this.expectWord('done');
    return { type: 'loop', until, cond, body };
  }

  forLoop(): ShellNode {
    this.pos += 3;
    this.blanks(false);
    const name = this.rawWord();
    if (!namePattern.test(name)) throw new ShellSyntaxError(`bad for loop variable`);
    this.pos += name.length;
    const words: Word[] = [];
    if (this.eatWord('in')) {
      for (;;) {
        this.blanks(false);
        const w = this.word();
        if (!w) break;
        words.push(w);
      }
    }
    this.blanks(false);
    this.eat(';');
    this.expectWord('do');
    const body = this.list(['done']);
    this.expectWord('done');
    return { type: 'for', name, words, body };
  }

  ifClause(): ShellNode {
    this.pos += 2;
    const branches: { cond: ShellNode; body: ShellNode }[] = [];
    let otherwise: ShellNode | undefined;
    for (;;) {
      const cond = this.list(['then']);
      this.expectWord('then');
      branches.push({ cond, body: this.list(['elif', 'else', 'fi']) });
      if (this.eatWord('elif')) continue;
      if (this.eatWord('else')) otherwise = this.list(['fi']);
      this.expectWord('fi');
      return { type: 'if', branches, otherwise };
    }
  }

  pipeline(): ShellNode {
    const negate = this.rawWord() === '!' && (this.pos++, true);
    const commands = [this.simple()];
    for (;;) {
      this.blanks(false);
      if (this.src[this.pos] !== '|' || this.src[this.pos + 1] === '|') break;
      this.pos++;
      this.blanks(true);
      commands.push(this.simple());
    }
    return { type: 'pipeline', commands, negate };
  }

  simple(): SimpleCommand {
    const cmd: SimpleCommand = { assignments: [], words: [], redirects: [] };
    for (;;) {
      this.blanks(false);
      const redirect = this.redirect();
      if (redirect) {
        cmd.redirects.push(redirect);
        continue;
      }
      if (cmd.words.length === 0 && reserved.has(this.rawWord())) break;
      const assign = cmd.words.length === 0 ? /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(this.src.slice(this.pos)) : null;
      if (assign) {
        this.pos += assign[0].length;
        if (this.dialect.arrays && this.eat('(')) cmd.assignments.push({ name: assign[1], value: { parts: [] }, elements: this.arrayElements() });
        else cmd.assignments.push({ name: assign[1], value: this.word() ?? { parts: [] } });
        continue;
      }
      const w = this.word();
      if (!w) break;
      cmd.words.push(w);
    }
    if (cmd.words.length === 0 && cmd.assignments.length === 0 && cmd.redirects.length === 0) {
      throw new ShellSyntaxError(`unexpected "${this.rawWord() || this.src[this.pos] || 'end of file'}"`);
    }
    return cmd;
  }

  /** The words of `(a b c)` up to the closing parenthesis, which may be lines later. */
  arrayElements(): Word[] {
    const elements: Word[] = [];
    for (;;) {
      this.blanks(true);
      if (this.eat(')')) return elements;
      const w = this.word();
      if (!w) throw new ShellSyntaxError(`unexpected ${this.done() ? 'end of file' : `"${this.src[this.pos]}"`}`);
      elements.push(w);
    }
  }

  redirect(): Redirect | undefined {
    const m = /^([12]?)(>>|>&|>)/.exec(this.src.slice(this.pos));
    if (!m) return undefined;
    this.pos += m[0].length;
    this.blanks(false);
    const target = this.word();
    if (!target) throw new ShellSyntaxError('unexpected newline');
    return { fd: m[1] === '2' ? 2 : 1, mode: m[2] as Redirect['mode'], target };
  }

  /** Reads one word; undefined at a metacharacter or the end. */
  word(): Word | undefined {
    const parts: WordPart[] = [];
    while (!this.done() && !metachars.has(this.src[this.pos])) {
      const c = this.src[this.pos];
      if (c === "'") {
        const end = this.src.indexOf("'", this.pos + 1);
        if (end < 0) throw new ShellSyntaxError('unterminated quoted string');
        parts.push({ kind: 'lit', text: this.src.slice(this.pos + 1, end), quoted: true });
        this.pos = end + 1;
      } else if (c === '"') {
        this.pos++;
        this.doubleQuoted(parts);
      } else if (c === '\\') {
        parts.push({ kind: 'lit', text: this.src[this.pos + 1] ?? '', quoted: true });
        this.pos += 2;
      } else if (c === '$' || c === '`') {
        parts.push(this.dollar(false));
      } else {
        const m = /^[^\s;&|<>()'"`$\\]+/.exec(this.src.slice(this.pos));
        const text = m ? m[0] : c;
        parts.push({ kind: 'lit', text, quoted: false });
        this.pos += text.length;
      }
    }
    return parts.length ? { parts } : undefined;
  }

  doubleQuoted(parts: WordPart[]): void {
    let text = '';
    const flush = () => {
      parts.push({ kind: 'lit', text, quoted: true });
      text = '';
    };
    for (;;) {
      if (this.done()) throw new ShellSyntaxError('unterminated quoted string');
      const c = this.src[this.pos];
      if (c === '"') {
        this.pos++;
        flush();
        return;
      }
      if (c === '\\' && '$`"\\\n'.includes(this.src[this.pos + 1])) {
        text += this.src[this.pos + 1];
        this.pos += 2;
      } else if ((c === '$' && /[A-Za-z_{(?#@0-9]/.test(this.src[this.pos + 1] ?? '')) || c === '`') {
        flush();
        parts.push(this.dollar(true));
      } else {
        text += c;
        this.pos++;
      }
    }
  }

  dollar(quoted: boolean): WordPart {
    if (this.eat('`')) {
      const end = this.src.indexOf('`', this.pos);
      if (end < 0) throw new ShellSyntaxError('unterminated quoted string');
      const source = this.src.slice(this.pos, end);
      parseShell(source, this.dialect);
      this.pos = end + 1;
      return { kind: 'cmd', source, quoted };
    }
    this.pos++;
    if (this.eat('((')) {
      const end = this.src.indexOf('))', this.pos);
      if (end < 0) throw new ShellSyntaxError('unexpected end of file (expecting "))")');
      const expr = this.src.slice(this.pos, end);
      this.pos = end + 2;
      return { kind: 'arith', expr, quoted };
    }
    if (this.eat('(')) {
      const start = this.pos;
      this.list([]);
      this.blanks(true);
      const source = this.src.slice(start, this.pos);
      if (!this.eat(')')) throw new ShellSyntaxError('unexpected end of file (expecting ")")');
      return { kind: 'cmd', source, quoted };
    }
    if (this.eat('{')) return this.braced(quoted);
    const m = /^([A-Za-z_][A-Za-z0-9_]*|[?#@$0-9])/.exec(this.src.slice(this.pos));
    if (!m) return { kind: 'lit', text: '$', quoted };
    this.pos += m[0].length;
    return { kind: 'var', name: m[1], quoted };
  }

  /** `${…}` after the brace: a name (or special parameter), an optional array index, `:-` default. */
  braced(quoted: boolean): WordPart {
    const m = /^(#?)([A-Za-z_][A-Za-z0-9_]*|[?#@0-9])(?:\[([^\]]*)\])?(?::?-([^}]*))?\}/.exec(this.src.slice(this.pos));
    if (!m || (m[3] !== undefined && !this.dialect.arrays) || (m[1] && m[4] !== undefined)) throw new ShellSyntaxError('bad substitution');
    this.pos += m[0].length;
    const fallback = m[4] === undefined ? undefined : { parts: [{ kind: 'lit' as const, text: m[4], quoted: true }] };
    return { kind: 'var', name: m[2], fallback, quoted, ...(m[3] !== undefined ? { index: m[3].trim() } : {}), ...(m[1] ? { length: true } : {}) };
  }
}
