import type { Expr, Pattern, Rule, Stmt } from './ast';
import { AwkSyntaxError, type AwkToken, tokenizeAwk } from './lexer';

const ASSIGN_OPS = ['=', '+=', '-=', '*=', '/=', '%=', '^='];
const COMPARE_OPS = ['<', '<=', '==', '!=', '>', '>='];

/** Parses an awk program into rules (pattern + action). */
export function parseAwk(src: string): Rule[] {
  return new AwkParser(tokenizeAwk(src)).program();
}

class AwkParser {
  private i = 0;
  /** Inside `print … > file` the first unparenthesised `>` is a redirect, not a comparison. */
  private noGreater = false;

  constructor(private readonly t: AwkToken[]) {}

  program(): Rule[] {
    const rules: Rule[] = [];
    this.terminators();
    while (this.peek().type !== 'eof') {
      rules.push(this.rule());
      this.terminators();
    }
    return rules;
  }

  private rule(): Rule {
    let pattern: Pattern = { k: 'always' };
    if (this.isKeyword('BEGIN') || this.isKeyword('END')) {
      pattern = { k: (this.next() as { value: string }).value === 'BEGIN' ? 'begin' : 'end' };
    } else if (!this.isPunct('{')) {
      const from = this.expr();
      if (this.isPunct(',')) {
        this.next();
        pattern = { k: 'range', from, to: this.expr() };
      } else pattern = { k: 'expr', e: from };
    }
    if (!this.isPunct('{')) {
      if (pattern.k === 'begin' || pattern.k === 'end') throw this.error();
      return { pattern };
    }
    return { pattern, action: this.block() };
  }

  private block(): Stmt[] {
    this.expect('{');
    const body: Stmt[] = [];
    this.terminators();
    while (!this.isPunct('}')) {
      body.push(this.statement());
      this.terminators();
    }
    this.expect('}');
    return body;
  }

  private statement(): Stmt {
    const tok = this.peek();
    if (tok.type === 'punct' && tok.value === '{') return { k: 'block', body: this.block() };
    if (tok.type !== 'keyword') return this.simpleStatement();
    switch (tok.value) {
      case 'if': {
        this.next();
        const c = this.parenExpr();
        const then = this.bodyStatement();
        const save = this.i;
        this.terminators();
        if (this.isKeyword('else')) {
          this.next();
          return { k: 'if', c, then, else: this.bodyStatement() };
        }
        this.i = save;
        return { k: 'if', c, then };
      }
      case 'while':
        this.next();
        return { k: 'while', c: this.parenExpr(), body: this.bodyStatement(), doWhile: false };
      case 'do': {
        this.next();
        const body = this.bodyStatement();
        this.terminators();
        if (!this.isKeyword('while')) throw this.error();
        this.next();
        return { k: 'while', c: this.parenExpr(), body, doWhile: true };
      }
      case 'for':
        return this.forStatement();
      default:
        return this.simpleStatement();
    }
  }

  private bodyStatement(): Stmt {
    while (this.peek().type === 'newline') this.next();
    if (this.isPunct(';')) {
      this.next();
      return { k: 'block', body: [] };
    }
    return this.statement();
  }

  private forStatement(): Stmt {
    this.next();
    this.expect('(');
    const a = this.t[this.i];
    const b = this.t[this.i + 1];
    const c = this.t[this.i + 2];
    if (a.type === 'name' && b.type === 'keyword' && b.value === 'in' && c.type === 'name') {
      this.i += 3;
      this.expect(')');
      return { k: 'forIn', v: a.value, name: c.value, body: this.bodyStatement() };
    }
    const init = this.isPunct(';') ? undefined : this.simpleStatement();
    this.expect(';');
    const cond = this.isPunct(';') ? undefined : this.expr();
    this.expect(';');
    const step = this.isPunct(')') ? undefined : this.simpleStatement();
    this.expect(')');
    return { k: 'for', init, c: cond, step, body: this.bodyStatement() };
  }

  private simpleStatement(): Stmt {
    const tok = this.peek();
    if (tok.type === 'keyword') {
      switch (tok.value) {
        case 'print':
        case 'printf':
          return this.print();
        case 'next':
        case 'break':
        case 'continue':
          this.next();
          return { k: tok.value };
        case 'exit': {
          this.next();
          return { k: 'exit', e: this.atStatementEnd() ? undefined : this.expr() };
        }
        case 'delete': {
          this.next();
          const name = this.name();
          if (!this.isPunct('[')) return { k: 'delete', name };
          return { k: 'delete', name, keys: this.subscript() };
        }
      }
    }
    return { k: 'expr', e: this.expr() };
  }

  private print(): Stmt {
    const printf = (this.next() as { value: string }).value === 'printf';
    const args: Expr[] = [];
    this.noGreater = true;
    if (!this.atStatementEnd() && !this.isPunct('>') && !this.isPunct('>>')) {
      if (this.isPunct('(') && this.parenthesisedList(args)) {
        // `print (a, b)` parsed as the argument list.
      } else {
        args.push(this.expr());
        while (this.isPunct(',')) {
          this.next();
          args.push(this.expr());
        }
      }
    }
    this.noGreater = false;
    let redirect: { op: '>' | '>>'; target: Expr } | undefined;
    if (this.isPunct('>') || this.isPunct('>>')) {
      const op = (this.next() as { value: '>' | '>>' }).value;
      redirect = { op, target: this.concatenation() };
    }
    return { k: 'print', args, printf, redirect };
  }

  /** Tries `( expr, expr … )` followed by a statement end; restores position if it is not. */
  private parenthesisedList(args: Expr[]): boolean {
    const save = this.i;
    this.next();
    const saveFlag = this.noGreater;
    this.noGreater = false;
    const list = [this.expr()];
    while (this.isPunct(',')) {
      this.next();
      list.push(this.expr());
    }
    this.noGreater = saveFlag;
    if (this.isPunct(')')) {
      this.next();
      if (this.atStatementEnd() || this.isPunct('>') || this.isPunct('>>')) {
        args.push(...list);
        return true;
      }
    }
    this.i = save;
    return false;
  }

  expr(): Expr {
    return this.ternary();
  }

  private ternary(): Expr {
    const c = this.or();
    if (this.isPunct('?')) {
      this.next();
      const a = this.ternary();
      this.expect(':');
      return { k: 'cond', c, a, b: this.ternary() };
    }
    if (this.peek().type === 'punct' && ASSIGN_OPS.includes((this.peek() as { value: string }).value) && isLvalue(c)) {
      const op = (this.next() as { value: string }).value;
      return { k: 'assign', op, target: c, e: this.ternary() };
    }
    return c;
  }

  private or(): Expr {
    let a = this.and();
    while (this.isPunct('||')) {
      this.next();
      this.newlines();
      a = { k: 'bin', op: '||', a, b: this.and() };
    }
    return a;
  }

  private and(): Expr {
    let a = this.inExpr();
    while (this.isPunct('&&')) {
      this.next();
      this.newlines();
      a = { k: 'bin', op: '&&', a, b: this.inExpr() };
    }
    return a;
  }

  private inExpr(): Expr {
    let a = this.matchExpr();
    while (this.isKeyword('in')) {
      this.next();
      a = { k: 'in', keys: a.k === 'group' ? [a.e] : [a], name: this.name() };
    }
    return a;
  }

  private matchExpr(): Expr {
    let a = this.comparison();
    while (this.isPunct('~') || this.isPunct('!~')) {
      const negate = (this.next() as { value: string }).value === '!~';
      a = { k: 'match', negate, e: a, re: this.comparison() };
    }
    return a;
  }

  private comparison(): Expr {
    const a = this.concatenation();
    const tok = this.peek();
    if (tok.type === 'punct' && COMPARE_OPS.includes(tok.value) && !(this.noGreater && tok.value === '>')) {
      this.next();
      return { k: 'bin', op: tok.value, a, b: this.concatenation() };
    }
    return a;
  }

  private concatenation(): Expr {
    let a = this.additive();
    while (this.startsConcatOperand()) a = { k: 'bin', op: 'concat', a, b: this.additive() };
    return a;
  }

  private startsConcatOperand(): boolean {
    const t = this.peek();
    if (t.type === 'number' || t.type === 'string' || t.type === 'regex' || t.type === 'name' || t.type === 'funcname') return true;
    if (t.type === 'keyword') return false;
    // `-` and `!` would be ambiguous (`a -1` subtracts), so they never start a concatenated operand.
    return t.type === 'punct' && ['$', '(', '++', '--'].includes(t.value);
  }

  private additive(): Expr {
    let a = this.multiplicative();
    while (this.isPunct('+') || this.isPunct('-')) {
      const op = (this.next() as { value: string }).value;
      a = { k: 'bin', op, a, b: this.multiplicative() };
    }
    return a;
  }

  private multiplicative(): Expr {
    let a = this.unary();
    while (this.isPunct('*') || this.isPunct('/') || this.isPunct('%')) {
      const op = (this.next() as { value: string }).value;
      a = { k: 'bin', op, a, b: this.unary() };
    }
    return a;
  }

  private unary(): Expr {
    if (this.isPunct('!') || this.isPunct('-') || this.isPunct('+')) {
      const op = (this.next() as { value: string }).value;
      return { k: 'unary', op, e: this.unary() };
    }
    return this.power();
  }

  private power(): Expr {
    const base = this.postfix();
    if (this.isPunct('^')) {
      this.next();
      return { k: 'bin', op: '^', a: base, b: this.unary() };
    }
    return base;
  }

  private postfix(): Expr {
    if (this.isPunct('++') || this.isPunct('--')) {
      const op = (this.next() as { value: '++' | '--' }).value;
      return { k: 'incr', op, prefix: true, target: this.postfix() };
    }
    const e = this.primary();
    if (isLvalue(e) && (this.isPunct('++') || this.isPunct('--'))) {
      const op = (this.next() as { value: '++' | '--' }).value;
      return { k: 'incr', op, prefix: false, target: e };
    }
    return e;
  }

  private primary(): Expr {
    const tok = this.next();
    switch (tok.type) {
      case 'number':
        return { k: 'num', v: tok.value };
      case 'string':
        return { k: 'str', v: tok.value };
      case 'regex':
        return { k: 'regex', v: tok.value };
      case 'funcname': {
        this.expect('(');
        const args: Expr[] = [];
        const saveFlag = this.noGreater;
        this.noGreater = false;
        while (!this.isPunct(')')) {
          args.push(this.expr());
          if (!this.isPunct(')')) this.expect(',');
        }
        this.noGreater = saveFlag;
        this.next();
        return { k: 'call', name: tok.value, args };
      }
      case 'name':
        if (this.isPunct('[')) return { k: 'index', name: tok.value, keys: this.subscript() };
        if (tok.value === 'length') return { k: 'call', name: 'length', args: [] };
        return { k: 'var', name: tok.value };
      case 'punct':
        if (tok.value === '$') return { k: 'field', e: this.postfixOperand() };
        if (tok.value === '(') {
          const saveFlag = this.noGreater;
          this.noGreater = false;
          const e = this.expr();
          this.noGreater = saveFlag;
          this.expect(')');
          return { k: 'group', e };
        }
    }
    this.i--;
    throw this.error();
  }

  /** The operand of `$`: `$NF`, `$(i+1)`, `$i++` binds as `($i)++`. */
  private postfixOperand(): Expr {
    if (this.isPunct('-')) {
      this.next();
      return { k: 'unary', op: '-', e: this.primary() };
    }
    return this.primary();
  }

  private subscript(): Expr[] {
    this.expect('[');
    const keys = [this.expr()];
    while (this.isPunct(',')) {
      this.next();
      keys.push(this.expr());
    }
    this.expect(']');
    return keys;
  }

  private parenExpr(): Expr {
    this.expect('(');
    const e = this.expr();
    this.expect(')');
    return e;
  }

  private name(): string {
    const t = this.next();
    if (t.type !== 'name') throw this.error();
    return t.value;
  }

  private atStatementEnd(): boolean {
    const t = this.peek();
    return t.type === 'newline' || t.type === 'eof' || (t.type === 'punct' && (t.value === ';' || t.value === '}'));
  }

  private terminators(): void {
    while (this.peek().type === 'newline' || this.isPunct(';')) this.next();
  }

  private newlines(): void {
    while (this.peek().type === 'newline') this.next();
  }

  private peek(): AwkToken {
    return this.t[this.i];
  }

  private next(): AwkToken {
    return this.t[this.i++] ?? { type: 'eof' };
  }

  private isPunct(v: string): boolean {
    const t = this.peek();
    return t.type === 'punct' && t.value === v;
  }

  private isKeyword(v: string): boolean {
    const t = this.peek();
    return t.type === 'keyword' && t.value === v;
  }

  private expect(v: string): void {
    if (!this.isPunct(v)) throw this.error();
    this.next();
  }

  private error(): AwkSyntaxError {
    const t = this.peek();
    const near = t.type === 'eof' ? 'end of file' : t.type === 'newline' ? 'end of line' : String((t as { value: unknown }).value);
    return new AwkSyntaxError(`syntax error at source line 1: near ${near}`);
  }
}

function isLvalue(e: Expr): boolean {
  return e.k === 'var' || e.k === 'field' || e.k === 'index';
}
