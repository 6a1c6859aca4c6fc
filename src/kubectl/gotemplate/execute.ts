/**
 * Runs a parsed go-template over a decoded JSON value, as text/template does with kubectl's
 * options (missing map keys print `<no value>`). Errors carry text/template's wording; the
 * caller adds kubectl's `error executing template` prefix.
 */
import { FUNCS } from './funcs';
import { parseTemplate, type Arg, type BlockNode, type Command, type Node, type Pipe } from './parse';
import { NO_VALUE, TemplateExecError, fieldOf, goPrint, isMap, truthy } from './values';

type Scope = Map<string, unknown>[];

function lookup(scope: Scope, name: string): unknown {
  for (let i = scope.length - 1; i >= 0; i--) if (scope[i].has(name)) return scope[i].get(name);
  return NO_VALUE;
}

function evalArg(arg: Arg, dot: unknown, scope: Scope): unknown {
  if (arg.t === 'literal') return arg.value;
  if (arg.t === 'func') return callFunction(arg.name, []);
  let value = arg.base === 'dot' ? dot : 'variable' in arg.base ? lookup(scope, arg.base.variable) : evalPipe(arg.base.pipe, dot, scope);
  for (const f of arg.fields) value = fieldOf(value, f);
  return value;
}

function callFunction(name: string, args: unknown[]): unknown {
  const fn = FUNCS[name];
  if (!fn) throw new TemplateExecError(`function "${name}" not defined`);
  return fn(...args);
}

function evalCommand(cmd: Command, dot: unknown, scope: Scope, final: unknown[]): unknown {
  const [head, ...rest] = cmd.args;
  if (head.t === 'func') return callFunction(head.name, [...rest.map((a) => evalArg(a, dot, scope)), ...final]);
  if (rest.length || final.length) {
    const last = head.t === 'field' ? head.fields[head.fields.length - 1] : undefined;
    const e = new TemplateExecError(last ? `${last} is not a method but has arguments` : `can't give argument to non-function ${cmd.source}`);
    e.location = { offset: cmd.offset, source: cmd.source.split(' ')[0] };
    throw e;
  }
  return evalArg(head, dot, scope);
}

function evalPipe(pipe: Pipe, dot: unknown, scope: Scope): unknown {
  let final: unknown[] = [];
  for (const cmd of pipe.commands) {
    try {
      final = [evalCommand(cmd, dot, scope, final)];
    } catch (e) {
      if (e instanceof TemplateExecError && !e.location) e.location = { offset: cmd.offset, source: cmd.source };
      throw e;
    }
  }
  if (pipe.decl.length === 1) scope[scope.length - 1].set(pipe.decl[0], final[0]);
  return final[0];
}

function rangeItems(value: unknown): [unknown, unknown][] {
  if (Array.isArray(value)) return value.map((v, i) => [i, v]);
  if (isMap(value)) return Object.keys(value).sort().map((k) => [k, value[k]]);
  if (value === NO_VALUE || value === null || value === undefined) return [];
  throw new TemplateExecError(`range can't iterate over ${goPrint(value)}`);
}

function run(nodes: readonly Node[], dot: unknown, scope: Scope, out: string[]): void {
  for (const node of nodes) {
    if (node.t === 'text') out.push(node.text);
    else if (node.t === 'action') {
      const v = evalPipe(node.pipe, dot, scope);
      // A nil at the top prints like a missing key; nested nils print <nil>.
      if (node.pipe.decl.length === 0) out.push(v === null ? '<no value>' : goPrint(v));
    } else if (node.t === 'range') runRange(node, dot, scope, out);
    else {
      scope.push(new Map());
      const v = evalPipe(node.pipe, dot, scope);
      if (truthy(v)) run(node.list, node.t === 'with' ? v : dot, scope, out);
      else run(node.elseList, dot, scope, out);
      scope.pop();
    }
  }
}

function runRange(node: BlockNode, dot: unknown, scope: Scope, out: string[]): void {
  const decl = node.pipe.decl;
  const pipe = { ...node.pipe, decl: [] };
  const items = rangeItems(evalPipe(pipe, dot, scope));
  if (items.length === 0) {
    run(node.elseList, dot, scope, out);
    return;
  }
  for (const [key, value] of items) {
    const frame = new Map<string, unknown>();
    if (decl.length === 1) frame.set(decl[0], value);
    if (decl.length === 2) {
      frame.set(decl[0], key);
      frame.set(decl[1], value);
    }
    scope.push(frame);
    run(node.list, value, scope, out);
    scope.pop();
  }
}

/** text/template's ErrorContext: `template: output:LINE:COL: executing "output" at <CMD>: why`. */
function located(template: string, e: TemplateExecError): string {
  if (!e.location) return `template: output: ${e.message}`;
  const before = template.slice(0, e.location.offset);
  const line = (before.match(/\n/g) ?? []).length + 1;
  const col = e.location.offset - (before.lastIndexOf('\n') + 1);
  return `template: output:${line}:${col}: executing "output" at <${e.location.source}>: ${e.message}`;
}

/** Parses and runs `template` over `data`. Throws TemplateParseError or TemplateExecError (message located). */
export function executeGoTemplate(template: string, data: unknown): string {
  const nodes = parseTemplate(template);
  const out: string[] = [];
  try {
    run(nodes, data, [new Map([['$', data]])], out);
  } catch (e) {
    if (e instanceof TemplateExecError) throw new TemplateExecError(located(template, e));
    throw e;
  }
  return out.join('');
}

export { TemplateExecError };
export { TemplateParseError } from './parse';
