import type { Expr, Pattern, Rule, Stmt } from './ast';
import { AwkExpressionParser } from './expressionParser';
import { tokenizeAwk } from './lexer';

/** Parses an awk program into rules (pattern + action). */
export function parseAwk(src: string): Rule[] {
  return new AwkParser(tokenizeAwk(src)).program();
}

class AwkParser extends AwkExpressionParser {

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

  /** The operand of `$`: `$NF`, `$(i+1)`, `$i++` binds as `($i)++`. */
  private parenExpr(): Expr {
    this.expect('(');
    const e = this.expr();
    this.expect(')');
    return e;
  }

  private atStatementEnd(): boolean {
    const t = this.peek();
    return t.type === 'newline' || t.type === 'eof' || (t.type === 'punct' && (t.value === ';' || t.value === '}'));
  }

  private terminators(): void {
    while (this.peek().type === 'newline' || this.isPunct(';')) this.next();
  }
}
