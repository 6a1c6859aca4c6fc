/**
 * The slice of Python the documentation's `python3 -c` Jobs are written in, evaluated when the
 * container starts (the scripts read only their environment): imports, assignments, `print`,
 * `if`/`elif`/`else`, `for … in range(…)`, `time.sleep`, `sys.exit`, integer and string
 * expressions over `os.environ`. A statement outside that slice stops the run with the
 * traceback CPython would print for a name it does not know, so a script the simulation cannot
 * follow fails loudly instead of pretending to have run.
 */

export type PythonStep = { kind: 'out' | 'err'; text: string } | { kind: 'sleep'; ms: number };

export interface PythonRun {
  steps: PythonStep[];
  exitCode: number;
}

type Value = number | string | boolean | null;

class Exit {
  constructor(readonly code: number) {}
}

class Unsupported {
  constructor(readonly line: number, readonly text: string) {}
}

interface Line {
  indent: number;
  text: string;
  n: number;
}

const BUILTINS = new Set(['print', 'int', 'str', 'len', 'range', 'exit']);

function show(v: Value): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return String(v);
}

/** Splits at top-level commas (outside quotes and brackets). */
function splitArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (const ch of s) {
    if (quote) quote = ch === quote ? '' : quote;
    else if (ch === '"' || ch === "'") quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** Finds a top-level binary operator, scanning right to left (left associativity). */
function splitOp(s: string, ops: string[]): [string, string, string] | undefined {
  let depth = 0;
  let quote = '';
  for (let i = s.length - 1; i > 0; i--) {
    const ch = s[i];
    if (quote) {
      if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (')]}'.includes(ch)) depth++;
    else if ('([{'.includes(ch)) depth--;
    else if (depth === 0) {
      for (const op of ops) {
        const word = /^[a-z]/.test(op);
        if (s.startsWith(op, i) && (!word || (/\s/.test(s[i - 1]) && /\s/.test(s[i + op.length] ?? '')))) {
          if (!word && '=<>!/*'.includes(s[i - 1]) && op.length === 1) continue;
          return [s.slice(0, i).trim(), op, s.slice(i + op.length).trim()];
        }
      }
    }
  }
  return undefined;
}

class Interpreter {
  constructor(
    private readonly env: Record<string, string>,
    private readonly line: number,
    readonly vars: Record<string, Value>,
    readonly steps: PythonStep[],
  ) {}

  unsupported(text: string): never {
    throw new Unsupported(this.line, text);
  }

  eval(src: string): Value {
    const s = src.trim();
    for (const ops of [[' or '], [' and ']]) {
      const m = splitOp(s, ops.map((o) => o.trim()));
      if (m) {
        const l = this.eval(m[0]);
        return m[1] === 'or' ? (l ? l : this.eval(m[2])) : l ? this.eval(m[2]) : l;
      }
    }
    if (s.startsWith('not ')) return !this.eval(s.slice(4));
    const cmp = splitOp(s, ['==', '!=', '<=', '>=', '<', '>']);
    if (cmp) return this.compare(this.eval(cmp[0]), cmp[1], this.eval(cmp[2]));
    const add = splitOp(s, ['+', '-']);
    if (add) {
      const [l, r] = [this.eval(add[0]), this.eval(add[2])];
      if (add[1] === '+' && (typeof l === 'string' || typeof r === 'string')) return typeof l === typeof r ? `${l}${r}` : this.unsupported(s);
      return add[1] === '+' ? Number(l) + Number(r) : Number(l) - Number(r);
    }
    const mul = splitOp(s, ['//', '*', '%']);
    if (mul) {
      const [l, r] = [Number(this.eval(mul[0])), Number(this.eval(mul[2]))];
      if (mul[1] === '*') return l * r;
      if (r === 0) this.raise('ZeroDivisionError: integer modulo by zero');
      return mul[1] === '//' ? Math.floor(l / r) : ((l % r) + r) % r;
    }
    return this.atom(s);
  }

  private compare(l: Value, op: string, r: Value): boolean {
    if (op === '==') return l === r;
    if (op === '!=') return l !== r;
    const [a, b] = [Number(l), Number(r)];
    return op === '<' ? a < b : op === '>' ? a > b : op === '<=' ? a <= b : a >= b;
  }

  raise(message: string): never {
    this.steps.push({ kind: 'err', text: `Traceback (most recent call last):\n  File "<string>", line ${this.line}, in <module>\n${message}` });
    throw new Exit(1);
  }

  private atom(s: string): Value {
    if (/^-?\d+$/.test(s)) return Number(s);
    if (/^(['"]).*\1$/.test(s)) return s.slice(1, -1).replace(/\\n/g, '\n');
    if (s === 'True' || s === 'False') return s === 'True';
    if (s === 'None') return null;
    if (s.startsWith('(') && s.endsWith(')')) return this.eval(s.slice(1, -1));
    const env = /^os\.(?:environ\.get|getenv)\((.*)\)$/.exec(s) ?? /^os\.environ\[(.*)\]$/.exec(s);
    if (env) {
      const [key, dflt] = splitArgs(env[1]).map((a) => this.eval(a));
      const v = this.env[String(key)];
      if (v === undefined && s.includes('[')) this.raise(`KeyError: '${String(key)}'`);
      return v ?? dflt ?? null;
    }
    const call = /^(\w+)\((.*)\)$/.exec(s);
    if (call && BUILTINS.has(call[1])) {
      const args = splitArgs(call[2]).map((a) => this.eval(a));
      if (call[1] === 'int') {
        if (args[0] === null) this.raise("TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
        const n = Number(String(args[0]).trim());
        return Number.isInteger(n) ? n : this.raise(`ValueError: invalid literal for int() with base 10: '${show(args[0])}'`);
      }
      if (call[1] === 'str') return show(args[0] ?? '');
      if (call[1] === 'len') return String(args[0] ?? '').length;
    }
    if (/^[A-Za-z_]\w*$/.test(s)) {
      if (s in this.vars) return this.vars[s];
      this.raise(`NameError: name '${s}' is not defined`);
    }
    return this.unsupported(s);
  }
}

function lines(script: string): Line[] {
  return script
    .split('\n')
    .map((raw, i) => ({ indent: raw.length - raw.trimStart().length, text: raw.trim(), n: i + 1 }))
    .filter((l) => l.text !== '' && !l.text.startsWith('#'));
}

/** Runs the block starting at `start` with the given indent; returns the index after it. */
function block(ls: Line[], start: number, env: Record<string, string>, st: PythonStep[], vars: Record<string, Value>, run: boolean): number {
  const indent = ls[start]?.indent ?? 0;
  let i = start;
  let chainTaken = false;
  while (i < ls.length && ls[i].indent === indent) {
    const l = ls[i];
    const ip = new Interpreter(env, l.n, vars, st);
    const cond = /^(if|elif|else)\b\s*(.*):$/.exec(l.text);
    const loop = /^for\s+(\w+)\s+in\s+range\((.*)\):$/.exec(l.text);
    if (cond) {
      const isElse = cond[1] === 'else';
      if (cond[1] === 'if') chainTaken = false;
      const take = run && !chainTaken && (isElse || !!ip.eval(cond[2]));
      if (take) chainTaken = true;
      i = block(ls, i + 1, env, st, vars, take);
      continue;
    }
    chainTaken = false;
    if (loop) {
      const bounds = splitArgs(loop[2]).map((a) => Number(ip.eval(a)));
      const [from, to] = bounds.length > 1 ? bounds : [0, bounds[0]];
      let end = block(ls, i + 1, env, st, vars, false);
      for (let k = from; run && k < to; k++) {
        vars[loop[1]] = k;
        end = block(ls, i + 1, env, st, vars, true);
      }
      i = end;
      continue;
    }
    if (run) statement(ip, l.text);
    i++;
  }
  return i;
}

function statement(ip: Interpreter, text: string): void {
  if (/^(import|from)\s/.test(text) || text === 'pass') return;
  const print = /^print\((.*)\)$/.exec(text);
  if (print) {
    ip.steps.push({ kind: 'out', text: splitArgs(print[1]).map((a) => show(ip.eval(a))).join(' ') });
    return;
  }
  const exit = /^(?:sys\.)?exit\((.*)\)$/.exec(text);
  if (exit) {
    const v = exit[1].trim() ? ip.eval(exit[1]) : 0;
    if (typeof v === 'string') ip.steps.push({ kind: 'err', text: v });
    throw new Exit(typeof v === 'number' ? v & 255 : v === null ? 0 : 1);
  }
  const sleep = /^time\.sleep\((.*)\)$/.exec(text);
  if (sleep) {
    ip.steps.push({ kind: 'sleep', ms: Math.round(Number(ip.eval(sleep[1])) * 1000) });
    return;
  }
  const assign = /^([A-Za-z_]\w*)\s*=(?!=)\s*(.*)$/.exec(text);
  if (assign) {
    ip.vars[assign[1]] = ip.eval(assign[2]);
    return;
  }
  ip.unsupported(text);
}

export function runPython(script: string, env: Record<string, string>): PythonRun {
  const steps: PythonStep[] = [];
  const vars: Record<string, Value> = {};
  try {
    block(lines(script), 0, env, steps, vars, true);
    return { steps, exitCode: 0 };
  } catch (e) {
    if (e instanceof Exit) return { steps, exitCode: e.code };
    if (e instanceof Unsupported) {
      steps.push({ kind: 'err', text: `Traceback (most recent call last):\n  File "<string>", line ${e.line}, in <module>\nNotImplementedError: the playground's Python runs a small subset; it cannot run: ${e.text}` });
      return { steps, exitCode: 1 };
    }
    throw e;
  }
}
