import type { Expr } from './ast';
import { AwkSyntaxError, type AwkToken } from './lexer';

const ASSIGN_OPS = ['=', '+=', '-=', '*=', '/=', '%=', '^='];
const COMPARE_OPS = ['<', '<=', '==', '!=', '>', '>='];

/** awk expressions by precedence, lowest first; the statement parser builds on it. */
export class AwkExpressionParser {
  protected i = 0;
  /** Inside `print … > file` the first unparenthesised `>` is a redirect, not a comparison. */
  protected noGreater = false;

  constructor(protected readonly t: AwkToken[]) {}

  expr(): Expr {
    return this.ternary();
  }

  protected ternary(): Expr {
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

  protected or(): Expr {
    let a = this.and();
    while (this.isPunct('||')) {
      this.next();
      this.newlines();
      a = { k: 'bin', op: '||', a, b: this.and() };
    }
    return a;
  }

  protected and(): Expr {
    let a = this.inExpr();
    while (this.isPunct('&&')) {
      this.next();
      this.newlines();
      a = { k: 'bin', op: '&&', a, b: this.inExpr() };
    }
    return a;
  }

  protected inExpr(): Expr {
    let a = this.matchExpr();
    while (this.isKeyword('in')) {
      this.next();
      a = { k: 'in', keys: a.k === 'group' ? [a.e] : [a], name: this.name() };
    }
    return a;
  }

  protected matchExpr(): Expr {
    let a = this.comparison();
    while (this.isPunct('~') || this.isPunct('!~')) {
      const negate = (this.next() as { value: string }).value === '!~';
      a = { k: 'match', negate, e: a, re: this.comparison() };
    }
    return a;
  }

  protected comparison(): Expr {
    const a = this.concatenation();
    const tok = this.peek();
    if (tok.type === 'punct' && COMPARE_OPS.includes(tok.value) && !(this.noGreater && tok.value === '>')) {
      this.next();
      return { k: 'bin', op: tok.value, a, b: this.concatenation() };
    }
    return a;
  }

  protected concatenation(): Expr {
    let a = this.additive();
    while (this.startsConcatOperand()) a = { k: 'bin', op: 'concat', a, b: this.additive() };
    return a;
  }

  protected startsConcatOperand(): boolean {
    const t = this.peek();
    if (t.type === 'number' || t.type === 'string' || t.type === 'regex' || t.type === 'name' || t.type === 'funcname') return true;
    if (t.type === 'keyword') return false;
    // `-` and `!` would be ambiguous (`a -1` subtracts), so they never start a concatenated operand.
    return t.type === 'punct' && ['$', '(', '++', '--'].includes(t.value);
  }

  protected additive(): Expr {
    let a = this.multiplicative();
    while (this.isPunct('+') || this.isPunct('-')) {
      const op = (this.next() as { value: string }).value;
      a = { k: 'bin', op, a, b: this.multiplicative() };
    }
    return a;
  }

  protected multiplicative(): Expr {
    let a = this.unary();
    while (this.isPunct('*') || this.isPunct('/') || this.isPunct('%')) {
      const op = (this.next() as { value: string }).value;
      a = { k: 'bin', op, a, b: this.unary() };
    }
    return a;
  }

  protected unary(): Expr {
    if (this.isPunct('!') || this.isPunct('-') || this.isPunct('+')) {
      const op = (this.next() as { value: string }).value;
      return { k: 'unary', op, e: this.unary() };
    }
    return this.power();
  }

  protected power(): Expr {
    const base = this.postfix();
    if (this.isPunct('^')) {
      this.next();
      return { k: 'bin', op: '^', a: base, b: this.unary() };
    }
    return base;
  }

  protected postfix(): Expr {
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

  protected primary(): Expr {
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

  protected postfixOperand(): Expr {
    if (this.isPunct('-')) {
      this.next();
      return { k: 'unary', op: '-', e: this.primary() };
    }
    return this.primary();
  }

  protected subscript(): Expr[] {
    this.expect('[');
    const keys = [this.expr()];
    while (this.isPunct(',')) {
      this.next();
      keys.push(this.expr());
    }
    this.expect(']');
    return keys;
  }

  protected name(): string {
    const t = this.next();
    if (t.type !== 'name') throw this.error();
    return t.value;
  }

  protected newlines(): void {
    while (this.peek().type === 'newline') this.next();
  }

  protected peek(): AwkToken {
    return this.t[this.i];
  }

  protected next(): AwkToken {
    return this.t[this.i++] ?? { type: 'eof' };
  }

  protected isPunct(v: string): boolean {
    const t = this.peek();
    return t.type === 'punct' && t.value === v;
  }

  protected isKeyword(v: string): boolean {
    const t = this.peek();
    return t.type === 'keyword' && t.value === v;
  }

  protected expect(v: string): void {
    if (!this.isPunct(v)) throw this.error();
    this.next();
  }

  protected error(): AwkSyntaxError {
    const t = this.peek();
    const near = t.type === 'eof' ? 'end of file' : t.type === 'newline' ? 'end of line' : String((t as { value: unknown }).value);
    return new AwkSyntaxError(`syntax error at source line 1: near ${near}`);
  }
}

function isLvalue(e: Expr): boolean {
  return e.k === 'var' || e.k === 'field' || e.k === 'index';
}
