/**
 * A parser for the subset of Go's text/template that kubectl users write with
 * `-o go-template=…`: text and `{{actions}}` with `{{-`/`-}}` trimming and comments; pipelines
 * with `|`; fields (`.a.b`), variables (`$`, `$x := …`), literals, parenthesised pipelines and
 * function calls; `if`/`else if`/`else`, `range` (with `$i, $v :=`), `with`, and `end`.
 */
import { FUNCS } from './funcs';
import { GoFloat } from './values';

export class TemplateParseError extends Error {}

export type Arg =
  | { t: 'field'; base: 'dot' | { variable: string } | { pipe: Pipe }; fields: string[] }
  | { t: 'literal'; value: unknown }
  | { t: 'func'; name: string };

export interface Command {
  args: Arg[];
  /** The command as text/template prints it in errors (`index .items 5`). */
  source: string;
  /** Byte offset in the template where text/template reports this command. */
  offset: number;
}

export interface Pipe {
  decl: string[];
  commands: Command[];
  /** The action text, for error messages (`<.spec.foo>`). */
  source: string;
}

export interface BlockNode {
  t: 'if' | 'with' | 'range';
  pipe: Pipe;
  list: Node[];
  elseList: Node[];
}

export type Node = { t: 'text'; text: string } | { t: 'action'; pipe: Pipe } | BlockNode;

const TOKEN = /\s*(?:("(?:[^"\\]|\\.)*")|(`[^`]*`)|(:=|[|(),=])|(\$[A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)|(\.(?:[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*)?)|([-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|([A-Za-z_][A-Za-z0-9_]*))/y;

function unquote(s: string): string {
  return JSON.parse(s.replace(/\\([^"\\/bfnrtu])/g, '$1')) as string;
}

interface Token {
  text: string;
  /** Offset of the token in the whole template. */
  pos: number;
}

/** Splits one action's text (starting at `base` in the template) into tokens. */
function tokenize(src: string, base: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m) throw new TemplateParseError(`unexpected "${src[start]}" in command`);
    const text = m[0].trim();
    out.push({ text, pos: base + start + m[0].indexOf(text) });
  }
  return out;
}

/** Where text/template places a command: a field chain at its second segment, else its first token. */
function commandOffset(tokens: Token[]): number {
  const head = tokens[0];
  const chain = /^[.$]/.test(head.text) ? head.text.indexOf('.', 1) : -1;
  return chain > 0 ? head.pos + chain : head.pos;
}

const pathOf = (s: string) => s.split('.').filter((p) => p !== '');

function parseOperand(tokens: Token[], i: number): [Arg, number] {
  const tok = tokens[i].text;
  if (tok === '(') {
    let depth = 1;
    let j = i + 1;
    for (; j < tokens.length && depth > 0; j++) depth += tokens[j].text === '(' ? 1 : tokens[j].text === ')' ? -1 : 0;
    if (depth !== 0) throw new TemplateParseError('unclosed left paren');
    const pipe = parsePipe(tokens.slice(i + 1, j - 1));
    let fields: string[] = [];
    if (tokens[j]?.text.startsWith('.') && tokens[j].text !== '.') {
      fields = pathOf(tokens[j].text);
      j++;
    }
    return [{ t: 'field', base: { pipe }, fields }, j];
  }
  if (tok.startsWith('"')) return [{ t: 'literal', value: unquote(tok) }, i + 1];
  if (tok.startsWith('`')) return [{ t: 'literal', value: tok.slice(1, -1) }, i + 1];
  if (tok.startsWith('$')) {
    const [name, ...fields] = tok.split('.');
    return [{ t: 'field', base: { variable: name }, fields }, i + 1];
  }
  if (tok.startsWith('.')) return [{ t: 'field', base: 'dot', fields: pathOf(tok) }, i + 1];
  if (/^[-+]?\d/.test(tok)) return [{ t: 'literal', value: /[.eE]/.test(tok) ? new GoFloat(Number(tok)) : Number(tok) }, i + 1];
  if (tok === 'true' || tok === 'false') return [{ t: 'literal', value: tok === 'true' }, i + 1];
  if (tok === 'nil') return [{ t: 'literal', value: null }, i + 1];
  if (/^[A-Za-z_]/.test(tok)) {
    if (!(tok in FUNCS)) throw new TemplateParseError(`function "${tok}" not defined`);
    return [{ t: 'func', name: tok }, i + 1];
  }
  throw new TemplateParseError(`unexpected ${JSON.stringify(tok)} in operand`);
}

function parsePipe(tokens: Token[], declared?: Set<string>): Pipe {
  let rest = tokens;
  const decl: string[] = [];
  const assign = rest.findIndex((t) => t.text === ':=');
  if (assign > 0 && rest.slice(0, assign).every((t) => t.text.startsWith('$') || t.text === ',')) {
    decl.push(...rest.slice(0, assign).filter((t) => t.text !== ',').map((t) => t.text));
    rest = rest.slice(assign + 1);
  }
  for (const t of rest) {
    const name = t.text.split('.')[0];
    if (declared && t.text.startsWith('$') && !declared.has(name)) throw new TemplateParseError(`undefined variable "${name}"`);
  }
  for (const d of decl) declared?.add(d);
  const commands: Command[] = [];
  let start = 0;
  const close = (end: number) => {
    const part = rest.slice(start, end);
    if (!part.length) throw new TemplateParseError(commands.length ? 'missing command' : 'missing value for command');
    const args: Arg[] = [];
    for (let i = 0; i < part.length; ) {
      const [arg, next] = parseOperand(part, i);
      args.push(arg);
      i = next;
    }
    commands.push({ args, source: part.map((t) => t.text).join(' ').replace(/\( /g, '(').replace(/ \)/g, ')'), offset: commandOffset(part) });
  };
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    depth += rest[i].text === '(' ? 1 : rest[i].text === ')' ? -1 : 0;
    if (rest[i].text === '|' && depth === 0) {
      close(i);
      start = i + 1;
    }
  }
  close(rest.length);
  return { decl, commands, source: rest.map((t) => t.text).join(' ') };
}

interface Frame {
  node?: BlockNode;
  list: Node[];
  /** `{{else if}}` opens a frame that the single `{{end}}` of its chain also closes. */
  elseIf?: boolean;
}

interface ParseState {
  stack: Frame[];
  line: number;
  /** Variables declared so far (text/template checks them at parse time). */
  declared: Set<string>;
}

/** Parses a whole template into nodes; throws TemplateParseError with text/template's wording. */
export function parseTemplate(text: string): Node[] {
  const root: Frame = { list: [] };
  const state: ParseState = { stack: [root], line: 1, declared: new Set(['$']) };
  let pos = 0;
  let trimNext = false;
  while (pos < text.length) {
    const open = text.indexOf('{{', pos);
    let chunk = open < 0 ? text.slice(pos) : text.slice(pos, open);
    if (trimNext) chunk = chunk.replace(/^\s+/, '');
    const trimPrev = open >= 0 && /^\{\{- /.test(text.slice(open, open + 4));
    if (trimPrev) chunk = chunk.replace(/\s+$/, '');
    if (chunk) state.stack[state.stack.length - 1].list.push({ t: 'text', text: chunk });
    if (open < 0) break;
    state.line += (text.slice(pos, open).match(/\n/g) ?? []).length;
    const close = text.indexOf('}}', open + 2);
    if (close < 0) throw new TemplateParseError(`template: output:${state.line}: unclosed action`);
    const bodyStart = open + 2 + (trimPrev ? 2 : 0);
    let body = text.slice(bodyStart, close);
    trimNext = / -$/.test(body);
    if (trimNext) body = body.slice(0, -2);
    pos = close + 2;
    if (body.trim().startsWith('/*')) continue;
    handleAction(body, bodyStart, state);
  }
  if (state.stack.length > 1) throw new TemplateParseError(`template: output:${state.line}: unexpected EOF`);
  return root.list;
}

function pipeAt(state: ParseState, text: string, offset: number): Pipe {
  try {
    return parsePipe(tokenize(text, offset), state.declared);
  } catch (e) {
    if (e instanceof TemplateParseError) throw new TemplateParseError(`template: output:${state.line}: ${e.message}`);
    throw e;
  }
}

function handleAction(raw: string, offset: number, state: ParseState): void {
  const { stack, line } = state;
  const top = stack[stack.length - 1];
  const body = raw.trim();
  const at = offset + raw.indexOf(body);
  const keyword = /^(if|range|with|else|end)\b/.exec(body)?.[1];
  if (keyword === 'end') {
    if (stack.length === 1) throw new TemplateParseError(`template: output:${line}: unexpected {{end}}`);
    let popped = stack.pop();
    while (popped?.elseIf) popped = stack.pop();
    return;
  }
  if (keyword === 'else') {
    const node = top.node;
    if (!node) throw new TemplateParseError(`template: output:${line}: unexpected {{else}}`);
    top.list = node.elseList;
    const rest = body.slice(4);
    if (rest.trim().startsWith('if ')) {
      const cond = rest.slice(rest.indexOf('if') + 2);
      const inner: BlockNode = { t: 'if', pipe: pipeAt(state, cond, at + 4 + rest.indexOf('if') + 2), list: [], elseList: [] };
      node.elseList.push(inner);
      stack.push({ node: inner, list: inner.list, elseIf: true });
    }
    return;
  }
  if (keyword) {
    const node: BlockNode = { t: keyword as 'if' | 'range' | 'with', pipe: pipeAt(state, body.slice(keyword.length), at + keyword.length), list: [], elseList: [] };
    top.list.push(node);
    stack.push({ node, list: node.list });
    return;
  }
  top.list.push({ t: 'action', pipe: pipeAt(state, body, at) });
}
