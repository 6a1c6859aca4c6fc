import type { Expr } from './ast';
import { AwkSyntaxError } from './lexer';
import type { AwkRuntime } from './runtime';
import { splitFields } from './runtime';
import { StrNum, type Value, formatOne, toNum, toStr } from './values';

/** awk's `sprintf`/`printf`: %s %d %i %f %e %g %x %o %c %%, with flags, width and precision. */
export function sprintf(format: string, args: Value[]): string {
  let next = 0;
  return format.replace(/%([-+ #0]*)(\d+|\*)?(?:\.(\d+|\*))?([sdiufeEgGxXoc%])/g, (_m, flags: string, width: string | undefined, precision: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    const w = width === '*' ? String(toNum(args[next++] ?? 0)) : (width ?? '');
    const p = precision === '*' ? String(toNum(args[next++] ?? 0)) : precision;
    const arg = args[next++] ?? '';
    if (conv === 's' || (conv === 'c' && typeof arg !== 'number')) {
      let s = toStr(arg);
      if (conv === 'c') s = s.slice(0, 1);
      else if (p !== undefined) s = s.slice(0, Number(p));
      const n = Number(w || 0);
      return flags.includes('-') ? s.padEnd(n) : s.padStart(n);
    }
    return formatOne(flags, w, p, conv === 'u' ? 'd' : conv, toNum(arg));
  });
}

/** Calls a builtin function; arguments stay expressions because split/sub/gsub assign to them. */
export function callBuiltin(rt: AwkRuntime, name: string, args: Expr[]): Value {
  const val = (i: number): Value => (args[i] ? rt.eval(args[i]) : '');
  const str = (i: number): string => toStr(val(i));
  const regexOf = (e: Expr): RegExp => (e.k === 'regex' ? rt.regex(e.v) : rt.regex(toStr(rt.eval(e))));
  switch (name) {
    case 'length': {
      const a = args[0];
      if (a && a.k === 'var' && rt.arrays.has(a.name)) return rt.arrays.get(a.name)!.size;
      return [...(a ? str(0) : toStr(rt.getField(0)))].length;
    }
    case 'substr': {
      const s = [...str(0)];
      const start = Math.round(toNum(val(1)));
      const len = args[2] ? Math.round(toNum(val(2))) : Infinity;
      const from = Math.max(start, 1);
      const to = start + len;
      return s.slice(from - 1, Math.max(from - 1, to - 1)).join('');
    }
    case 'index':
      return str(0).indexOf(str(1)) + 1;
    case 'split': {
      const target = args[1];
      if (target?.k !== 'var') throw new AwkSyntaxError('split: second argument must be an array');
      const fs = args[2] ? (args[2].k === 'regex' ? args[2].v : str(2)) : toStr(rt.get('FS'));
      const parts = splitFields(str(0), fs, (s) => rt.regex(s));
      const arr = rt.array(target.name);
      arr.clear();
      parts.forEach((p, i) => arr.set(String(i + 1), new StrNum(p)));
      return parts.length;
    }
    case 'sub':
    case 'gsub':
      return substitute(rt, name === 'gsub', regexOf(args[0]), str(1), args[2] ?? { k: 'field', e: { k: 'num', v: 0 } });
    case 'match': {
      const m = regexOf(args[1]).exec(str(0));
      rt.vars.set('RSTART', m ? m.index + 1 : 0);
      rt.vars.set('RLENGTH', m ? m[0].length : -1);
      return m ? m.index + 1 : 0;
    }
    case 'toupper':
      return str(0).toUpperCase();
    case 'tolower':
      return str(0).toLowerCase();
    case 'sprintf':
      return sprintf(str(0), args.slice(1).map((a) => rt.eval(a)));
    case 'int':
      return Math.trunc(toNum(val(0)));
    case 'sqrt':
      return Math.sqrt(toNum(val(0)));
    case 'exp':
      return Math.exp(toNum(val(0)));
    case 'log':
      return Math.log(toNum(val(0)));
    case 'sin':
      return Math.sin(toNum(val(0)));
    case 'cos':
      return Math.cos(toNum(val(0)));
    case 'atan2':
      return Math.atan2(toNum(val(0)), toNum(val(1)));
  }
  throw new AwkSyntaxError(`calling undefined function ${name}`);
}

function substitute(rt: AwkRuntime, global: boolean, re: RegExp, repl: string, target: Expr): number {
  const text = toStr(rt.eval(target));
  let count = 0;
  const flags = re.flags.includes('g') ? re.flags : re.flags + 'g';
  const result = text.replace(new RegExp(re.source, flags), (match) => {
    if (!global && count > 0) return match;
    count++;
    return repl.replace(/\\\\|\\&|&/g, (t) => (t === '&' ? match : t === '\\&' ? '&' : '\\'));
  });
  if (count > 0) rt.store(target, result);
  return count;
}
