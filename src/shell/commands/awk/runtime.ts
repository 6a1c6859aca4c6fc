import { compilePosix } from '../regex/posixRegex';
import type { Expr, Rule, Stmt } from './ast';
import { callBuiltin, sprintf } from './builtins';
import { AwkSyntaxError } from './lexer';
import { StrNum, UNINIT, type Value, compare, toBool, toNum, toStr } from './values';

class NextSignal {}
class BreakSignal {}
class ContinueSignal {}
export class AwkExit {
  constructor(readonly code: number) {}
}

export interface AwkIo {
  write(s: string): void;
  writeFile(path: string, text: string, append: boolean): void;
}

/** Executes a parsed awk program: variables, associative arrays, fields and records. */
export class AwkRuntime {
  readonly vars = new Map<string, Value>();
  readonly arrays = new Map<string, Map<string, Value>>();
  private fields: string[] = [''];
  private readonly regexCache = new Map<string, RegExp>();
  private readonly openedFiles = new Set<string>();
  private readonly rangeActive: boolean[];

  constructor(
    private readonly rules: Rule[],
    private readonly io: AwkIo,
  ) {
    for (const [k, v] of Object.entries({ FS: ' ', OFS: ' ', ORS: '\n', RS: '\n', NR: 0, NF: 0, FNR: 0, SUBSEP: '\x1c', OFMT: '%.6g', CONVFMT: '%.6g', FILENAME: '' })) {
      this.vars.set(k, v);
    }
    this.rangeActive = rules.map(() => false);
  }

  /** Runs BEGIN, every record of every input, then END; returns the exit status. */
  run(inputs: { name: string; text: string }[]): number {
    let status = 0;
    try {
      this.runRules('begin');
      const needsInput = this.rules.some((r) => r.pattern.k !== 'begin');
      if (needsInput) {
        for (const input of inputs) {
          this.vars.set('FILENAME', input.name === '-' ? '' : input.name);
          this.vars.set('FNR', 0);
          for (const record of splitRecords(input.text, toStr(this.get('RS')))) {
            this.vars.set('NR', toNum(this.get('NR')) + 1);
            this.vars.set('FNR', toNum(this.get('FNR')) + 1);
            this.setRecord(record);
            this.runMainRules();
          }
        }
      }
    } catch (e) {
      if (!(e instanceof AwkExit)) throw e;
      status = e.code;
    }
    try {
      this.runRules('end');
    } catch (e) {
      if (!(e instanceof AwkExit)) throw e;
      status = e.code;
    }
    return status;
  }

  private runRules(kind: 'begin' | 'end'): void {
    for (const rule of this.rules) if (rule.pattern.k === kind) this.execBlock(rule.action ?? []);
  }

  private runMainRules(): void {
    try {
      for (const [i, rule] of this.rules.entries()) {
        if (!this.matches(rule, i)) continue;
        if (rule.action) this.execBlock(rule.action);
        else this.io.write(this.fields[0] + toStr(this.get('ORS')));
      }
    } catch (e) {
      if (!(e instanceof NextSignal)) throw e;
    }
  }

  private matches(rule: Rule, i: number): boolean {
    const p = rule.pattern;
    switch (p.k) {
      case 'always':
        return true;
      case 'begin':
      case 'end':
        return false;
      case 'expr':
        return this.truth(p.e);
      case 'range':
        if (!this.rangeActive[i]) {
          if (!this.truth(p.from)) return false;
          this.rangeActive[i] = true;
        }
        if (this.truth(p.to)) this.rangeActive[i] = false;
        return true;
    }
  }

  private truth(e: Expr): boolean {
    if (e.k === 'regex') return this.regex(e.v).test(this.fields[0]);
    return toBool(this.eval(e));
  }

  private execBlock(body: Stmt[]): void {
    for (const s of body) this.exec(s);
  }

  private exec(s: Stmt): void {
    switch (s.k) {
      case 'expr':
        this.eval(s.e);
        return;
      case 'print':
        return this.print(s);
      case 'block':
        return this.execBlock(s.body);
      case 'if':
        if (this.truth(s.c)) this.exec(s.then);
        else if (s.else) this.exec(s.else);
        return;
      case 'while':
        if (s.doWhile) this.loopBody(s.body);
        while (this.truth(s.c)) if (this.loopBody(s.body)) break;
        return;
      case 'for':
        if (s.init) this.exec(s.init);
        while (!s.c || this.truth(s.c)) {
          if (this.loopBody(s.body)) break;
          if (s.step) this.exec(s.step);
        }
        return;
      case 'forIn':
        for (const key of [...this.array(s.name).keys()]) {
          this.vars.set(s.v, key);
          if (this.loopBody(s.body)) break;
        }
        return;
      case 'next':
        throw new NextSignal();
      case 'exit':
        throw new AwkExit(s.e ? toNum(this.eval(s.e)) : 0);
      case 'break':
        throw new BreakSignal();
      case 'continue':
        throw new ContinueSignal();
      case 'delete':
        if (s.keys) this.array(s.name).delete(this.key(s.keys));
        else this.array(s.name).clear();
        return;
    }
  }

  /** Runs a loop body; returns true when it executed `break`. */
  private loopBody(body: Stmt): boolean {
    try {
      this.exec(body);
    } catch (e) {
      if (e instanceof BreakSignal) return true;
      if (!(e instanceof ContinueSignal)) throw e;
    }
    return false;
  }

  private print(s: Extract<Stmt, { k: 'print' }>): void {
    let text: string;
    if (s.printf) {
      const [fmt, ...args] = s.args.map((a) => this.eval(a));
      if (fmt === undefined) throw new AwkSyntaxError('printf: no format');
      text = sprintf(toStr(fmt), args);
    } else {
      const values = s.args.length ? s.args.map((a) => this.eval(a)) : [new StrNum(this.fields[0])];
      const ofmt = toStr(this.get('OFMT'));
      text = values.map((v) => (typeof v === 'number' && !Number.isInteger(v) ? toStr(v, ofmt) : toStr(v))).join(toStr(this.get('OFS'))) + toStr(this.get('ORS'));
    }
    if (!s.redirect) return this.io.write(text);
    const target = toStr(this.eval(s.redirect.target));
    if (target === '/dev/stdout' || target === '-') return this.io.write(text);
    const append = s.redirect.op === '>>' || this.openedFiles.has(target);
    this.openedFiles.add(target);
    this.io.writeFile(target, text, append);
  }

  eval(e: Expr): Value {
    switch (e.k) {
      case 'num':
        return e.v;
      case 'str':
        return e.v;
      case 'regex':
        return this.regex(e.v).test(this.fields[0]) ? 1 : 0;
      case 'group':
        return this.eval(e.e);
      case 'var':
        return this.get(e.name);
      case 'index':
        return this.array(e.name).get(this.key(e.keys)) ?? UNINIT;
      case 'field':
        return this.getField(toNum(this.eval(e.e)));
      case 'assign':
        return this.assign(e);
      case 'cond':
        return this.truth(e.c) ? this.eval(e.a) : this.eval(e.b);
      case 'unary': {
        const v = this.eval(e.e);
        return e.op === '!' ? (toBool(v) ? 0 : 1) : e.op === '-' ? -toNum(v) : toNum(v);
      }
      case 'incr': {
        const old = toNum(this.eval(e.target));
        const next = e.op === '++' ? old + 1 : old - 1;
        this.store(e.target, next);
        return e.prefix ? next : old;
      }
      case 'in':
        return this.array(e.name).has(this.key(e.keys)) ? 1 : 0;
      case 'match': {
        const re = e.re.k === 'regex' ? this.regex(e.re.v) : this.regex(toStr(this.eval(e.re)));
        return re.test(toStr(this.eval(e.e))) !== e.negate ? 1 : 0;
      }
      case 'call':
        return callBuiltin(this, e.name, e.args);
      case 'bin':
        return this.binary(e);
    }
  }

  private binary(e: Extract<Expr, { k: 'bin' }>): Value {
    if (e.op === '&&') return this.truth(e.a) && this.truth(e.b) ? 1 : 0;
    if (e.op === '||') return this.truth(e.a) || this.truth(e.b) ? 1 : 0;
    const a = this.eval(e.a);
    const b = this.eval(e.b);
    switch (e.op) {
      case 'concat':
        return toStr(a, toStr(this.get('CONVFMT'))) + toStr(b, toStr(this.get('CONVFMT')));
      case '<':
        return compare(a, b) < 0 ? 1 : 0;
      case '<=':
        return compare(a, b) <= 0 ? 1 : 0;
      case '>':
        return compare(a, b) > 0 ? 1 : 0;
      case '>=':
        return compare(a, b) >= 0 ? 1 : 0;
      case '==':
        return compare(a, b) === 0 ? 1 : 0;
      case '!=':
        return compare(a, b) !== 0 ? 1 : 0;
    }
    return arithmetic(e.op, toNum(a), toNum(b));
  }

  private assign(e: Extract<Expr, { k: 'assign' }>): Value {
    let v = this.eval(e.e);
    if (v instanceof StrNum && v !== UNINIT) v = v.s;
    if (e.op !== '=') v = arithmetic(e.op.slice(0, -1), toNum(this.eval(e.target)), toNum(v));
    this.store(e.target, v);
    return v;
  }

  /** Assigns to a variable, array element or field (rebuilding `$0` or the fields). */
  store(target: Expr, v: Value): void {
    if (target.k === 'var') {
      this.vars.set(target.name, v);
      if (target.name === 'NF') this.setNF(toNum(v));
    } else if (target.k === 'index') this.array(target.name).set(this.key(target.keys), v);
    else if (target.k === 'field') this.setField(toNum(this.eval(target.e)), toStr(v));
    else if (target.k === 'group') this.store(target.e, v);
  }

  get(name: string): Value {
    if (name === 'NF') return this.fields.length - 1;
    return this.vars.get(name) ?? UNINIT;
  }

  array(name: string): Map<string, Value> {
    let a = this.arrays.get(name);
    if (!a) this.arrays.set(name, (a = new Map()));
    return a;
  }

  regex(source: string): RegExp {
    let re = this.regexCache.get(source);
    if (!re) this.regexCache.set(source, (re = compilePosix(source, { extended: true })));
    return re;
  }

  getField(i: number): Value {
    if (i < 0) throw new AwkSyntaxError(`trying to access out of range field ${i}`);
    const f = this.fields[i];
    return f === undefined ? UNINIT : new StrNum(f);
  }

  setRecord(record: string): void {
    this.fields = [record, ...splitFields(record, toStr(this.get('FS')), (s) => this.regex(s))];
  }

  private setField(i: number, value: string): void {
    if (i === 0) return this.setRecord(value);
    while (this.fields.length <= i) this.fields.push('');
    this.fields[i] = value;
    this.rebuild();
  }

  private setNF(n: number): void {
    this.fields.length = Math.max(1, n + 1);
    for (let i = 1; i <= n; i++) this.fields[i] ??= '';
    this.rebuild();
  }

  private rebuild(): void {
    this.fields[0] = this.fields.slice(1).join(toStr(this.get('OFS')));
  }

  private key(keys: Expr[]): string {
    return keys.map((k) => toStr(this.eval(k), toStr(this.get('CONVFMT')))).join(toStr(this.get('SUBSEP')));
  }
}

function arithmetic(op: string, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      if (b === 0) throw new AwkSyntaxError('division by zero');
      return a / b;
    case '%':
      if (b === 0) throw new AwkSyntaxError('division by zero in %');
      return a % b;
    default:
      return a ** b;
  }
}

/** Splits a record by FS: `" "` means runs of blanks (trimmed), one char is literal, else ERE. */
export function splitFields(record: string, fs: string, regex: (s: string) => RegExp): string[] {
  if (fs === ' ') return record.split(/[ \t\n]+/).filter((f) => f !== '');
  if (record === '') return [];
  if (fs.length === 1 && fs !== '\\') return record.split(fs);
  return record.split(new RegExp(regex(fs).source));
}

function splitRecords(text: string, rs: string): string[] {
  if (text === '') return [];
  if (rs === '') return text.split(/\n\n+/).map((r) => r.replace(/\n+$/, '')).filter((r) => r !== '');
  const parts = text.split(rs[0]);
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}
