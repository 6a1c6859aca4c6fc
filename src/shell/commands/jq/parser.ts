import type { JqAst } from './ast';
import { JqCompileError, type JqToken, tokenizeJq } from './lexer';

/** Parses a jq filter. */
export function parseJq(src: string): JqAst {
  const p = new JqParser(tokenizeJq(src));
  const ast = p.pipe();
  p.expectEnd();
  return ast;
}

const COMPARE = ['==', '!=', '<', '<=', '>', '>='];

class JqParser {
  private i = 0;
  constructor(private readonly t: JqToken[]) {}

  expectEnd(): void {
    if (this.peek().t !== 'eof') throw this.error();
  }

  pipe(): JqAst {
    const left = this.comma();
    if (this.isIdent('as')) {
      this.i++;
      const v = this.next();
      if (v.t !== 'var') throw this.error();
      this.expect('|');
      return { k: 'bind', source: left, name: v.v, body: this.pipe() };
    }
    if (this.isOp('|')) {
      this.i++;
      return { k: 'pipe', a: left, b: this.pipe() };
    }
    return left;
  }

  private comma(): JqAst {
    let a = this.alternative();
    while (this.isOp(',')) {
      this.i++;
      a = { k: 'comma', a, b: this.alternative() };
    }
    return a;
  }

  private alternative(): JqAst {
    const a = this.assignment();
    if (this.isOp('//')) {
      this.i++;
      return { k: 'binary', op: '//', a, b: this.alternative() };
    }
    return a;
  }

  private assignment(): JqAst {
    const a = this.or();
    for (const op of ['|=', '=', '+=', '-=']) {
      if (this.isOp(op)) {
        this.i++;
        return { k: 'binary', op, a, b: this.alternative() };
      }
    }
    return a;
  }

  private or(): JqAst {
    let a = this.and();
    while (this.isIdent('or')) {
      this.i++;
      a = { k: 'binary', op: 'or', a, b: this.and() };
    }
    return a;
  }

  private and(): JqAst {
    let a = this.compare();
    while (this.isIdent('and')) {
      this.i++;
      a = { k: 'binary', op: 'and', a, b: this.compare() };
    }
    return a;
  }

  private compare(): JqAst {
    const a = this.additive();
    const tok = this.peek();
    if (tok.t === 'op' && COMPARE.includes(tok.v)) {
      this.i++;
      return { k: 'binary', op: tok.v, a, b: this.additive() };
    }
    return a;
  }

  private additive(): JqAst {
    let a = this.multiplicative();
    while (this.isOp('+') || this.isOp('-')) {
      const op = (this.next() as { v: string }).v;
      a = { k: 'binary', op, a, b: this.multiplicative() };
    }
    return a;
  }

  private multiplicative(): JqAst {
    let a = this.postfix();
    while (this.isOp('*') || this.isOp('/') || this.isOp('%')) {
      const op = (this.next() as { v: string }).v;
      a = { k: 'binary', op, a, b: this.postfix() };
    }
    return a;
  }

  private postfix(): JqAst {
    let e = this.term();
    for (;;) {
      const tok = this.peek();
      if (tok.t === 'field') {
        this.i++;
        e = { k: 'field', target: e, name: { k: 'literal', v: tok.v }, optional: this.optionalMark() };
      } else if (tok.t === 'op' && tok.v === '.' && this.t[this.i + 1].t === 'str') {
        this.i++;
        e = { k: 'field', target: e, name: this.stringTerm(), optional: this.optionalMark() };
      } else if (tok.t === 'op' && (tok.v === '[' || (tok.v === '.' && this.t[this.i + 1].t === 'op' && (this.t[this.i + 1] as { v: string }).v === '['))) {
        if (tok.v === '.') this.i++;
        e = this.bracketSuffix(e);
      } else if (tok.t === 'op' && tok.v === '?') {
        this.i++;
        e = { k: 'optional', e };
      } else return e;
    }
  }

  private bracketSuffix(target: JqAst): JqAst {
    this.expect('[');
    if (this.isOp(']')) {
      this.i++;
      return { k: 'iterate', target, optional: this.optionalMark() };
    }
    const from = this.isOp(':') ? undefined : this.pipe();
    if (this.isOp(':')) {
      this.i++;
      const to = this.isOp(']') ? undefined : this.pipe();
      this.expect(']');
      return { k: 'slice', target, from, to, optional: this.optionalMark() };
    }
    this.expect(']');
    return { k: 'field', target, name: from!, optional: this.optionalMark() };
  }

  private term(): JqAst {
    const tok = this.next();
    switch (tok.t) {
      case 'num':
        return { k: 'literal', v: tok.v };
      case 'str':
        this.i--;
        return this.stringTerm();
      case 'field':
        return { k: 'field', target: { k: 'identity' }, name: { k: 'literal', v: tok.v }, optional: this.optionalMark() };
      case 'var':
        return { k: 'var', name: tok.v };
      case 'ident':
        return this.keywordOrCall(tok.v);
      case 'op':
        return this.punctuationTerm(tok.v);
    }
    this.i--;
    throw this.error();
  }

  private punctuationTerm(v: string): JqAst {
    switch (v) {
      case '.':
        if (this.peek().t === 'str') return { k: 'field', target: { k: 'identity' }, name: this.stringTerm(), optional: this.optionalMark() };
        return { k: 'identity' };
      case '..':
        return { k: 'recurse' };
      case '-':
        return { k: 'neg', e: this.postfix() };
      case '(': {
        const e = this.pipe();
        this.expect(')');
        return e;
      }
      case '[': {
        if (this.isOp(']')) {
          this.i++;
          return { k: 'array' };
        }
        const e = this.pipe();
        this.expect(']');
        return { k: 'array', e };
      }
      case '{':
        return this.object();
    }
    this.i--;
    throw this.error();
  }

  private keywordOrCall(name: string): JqAst {
    if (name === 'if') {
      const cond = this.pipe();
      this.expectIdent('then');
      const then = this.pipe();
      if (this.isIdent('elif')) {
        // The nested `if` consumes the chain's single `end`.
        this.i++;
        return { k: 'if', cond, then, else: this.keywordOrCall('if') };
      }
      let otherwise: JqAst | undefined;
      if (this.isIdent('else')) {
        this.i++;
        otherwise = this.pipe();
      }
      this.expectIdent('end');
      return { k: 'if', cond, then, else: otherwise };
    }
    if (name === 'try') {
      const body = this.postfix();
      if (!this.isIdent('catch')) return { k: 'try', body };
      this.i++;
      return { k: 'try', body, catch: this.postfix() };
    }
    if (name === 'reduce') {
      const source = this.postfix();
      this.expectIdent('as');
      const v = this.next();
      if (v.t !== 'var') throw this.error();
      this.expect('(');
      const init = this.pipe();
      this.expect(';');
      const update = this.pipe();
      this.expect(')');
      return { k: 'reduce', source, name: v.v, init, update };
    }
    if (name === 'true' || name === 'false' || name === 'null') return { k: 'literal', v: name === 'null' ? null : name === 'true' };
    const args: JqAst[] = [];
    if (this.isOp('(')) {
      this.i++;
      args.push(this.pipe());
      while (this.isOp(';')) {
        this.i++;
        args.push(this.pipe());
      }
      this.expect(')');
    }
    return { k: 'call', name, args };
  }

  private object(): JqAst {
    const entries: { key: JqAst; value: JqAst }[] = [];
    while (!this.isOp('}')) {
      const tok = this.next();
      let key: JqAst;
      if (tok.t === 'ident') key = { k: 'literal', v: tok.v };
      else if (tok.t === 'var') key = { k: 'literal', v: tok.v };
      else if (tok.t === 'str') {
        this.i--;
        key = this.stringTerm();
      } else if (tok.t === 'op' && tok.v === '(') {
        key = this.pipe();
        this.expect(')');
      } else throw this.error();
      let value: JqAst;
      if (this.isOp(':')) {
        this.i++;
        value = this.objectValue();
      } else value = tok.t === 'var' ? { k: 'var', name: tok.v } : { k: 'field', target: { k: 'identity' }, name: key, optional: false };
      entries.push({ key, value });
      if (!this.isOp('}')) this.expect(',');
    }
    this.i++;
    return { k: 'object', entries };
  }

  /** Object values stop at `,` and `}`: `{a: .x, b: .y}` is two entries, not a comma filter. */
  private objectValue(): JqAst {
    let e = this.alternative();
    while (this.isOp('|')) {
      this.i++;
      e = { k: 'pipe', a: e, b: this.alternative() };
    }
    return e;
  }

  private stringTerm(): JqAst {
    const tok = this.next();
    if (tok.t !== 'str') throw this.error();
    if (tok.parts.length === 1) return { k: 'literal', v: tok.parts[0] };
    return { k: 'string', parts: tok.parts.map((p) => (typeof p === 'string' ? p : parseJq(p.src))) };
  }

  private optionalMark(): boolean {
    if (!this.isOp('?')) return false;
    this.i++;
    return true;
  }

  private peek(): JqToken {
    return this.t[this.i];
  }

  private next(): JqToken {
    return this.t[this.i++] ?? { t: 'eof' };
  }

  private isOp(v: string): boolean {
    const tok = this.peek();
    return tok.t === 'op' && tok.v === v;
  }

  private isIdent(v: string): boolean {
    const tok = this.peek();
    return tok.t === 'ident' && tok.v === v;
  }

  private expect(v: string): void {
    if (!this.isOp(v)) throw this.error();
    this.i++;
  }

  private expectIdent(v: string): void {
    if (!this.isIdent(v)) throw this.error();
    this.i++;
  }

  private error(): JqCompileError {
    const tok = this.peek();
    if (tok.t === 'eof') return new JqCompileError('syntax error, unexpected end of file');
    const text = tok.t === 'num' ? String(tok.v) : tok.t === 'str' ? 'QQSTRING_START' : tok.t === 'field' ? `FIELD` : tok.t === 'var' ? `$${tok.v}` : tok.v;
    return new JqCompileError(`syntax error, unexpected ${text}`);
  }
}
