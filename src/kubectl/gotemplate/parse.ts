/**
 * A parser for the subset of Go's text/template that kubectl users write with
 * `-o go-template=…`: text and `{{actions}}` with `{{-`/`-}}` trimming and comments; pipelines
 * with `|`; fields (`.a.b`), variables (`$`, `$x := …`), literals, parenthesised pipelines and
 * function calls; `if`/`else if`/`else`, `range` (with `$i, $v :=`), `with`, and `end`.
 */
export class TemplateParseError extends Error {}

export type Arg =
  | { t: 'field'; base: 'dot' | { variable: string } | { pipe: Pipe }; fields: string[] }
  | { t: 'literal'; value: unknown }
  | { t: 'func'; name: string };

export interface Command {
  args: Arg[];
}

export interface Pipe {
  decl: string[];
  commands: Command[];
  /** The action text, for error messages (`<.spec.foo>`). */
  source: string;
}

export type Node =
  | { t: 'text'; text: string }
  | { t: 'action'; pipe: Pipe }
  | { t: 'if' | 'with' | 'range'; pipe: Pipe; list: Node[]; elseList: Node[] };

const TOKEN = /\s*(?:("(?:[^"\\]|\\.)*")|(`[^`]*`)|(:=|[|(),=])|(\$[A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)|(\.(?:[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*)?)|([-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|([A-Za-z_][A-Za-z0-9_]*))/y;

function unquote(s: string): string {
  return JSON.parse(s.replace(/\\([^"\\/bfnrtu])/g, '$1')) as string;
}

/** Splits one action's text into tokens. */
function tokenize(src: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m) throw new TemplateParseError(`unexpected "${src[start]}" in command`);
    out.push(m[0].trim());
  }
  return out;
}

const pathOf = (s: string) => s.split('.').filter((p) => p !== '');

function parseOperand(tokens: string[], i: number): [Arg, number] {
  const tok = tokens[i];
  if (tok === '(') {
    let depth = 1;
    let j = i + 1;
    for (; j < tokens.length && depth > 0; j++) depth += tokens[j] === '(' ? 1 : tokens[j] === ')' ? -1 : 0;
    if (depth !== 0) throw new TemplateParseError('unclosed left paren');
    const pipe = parsePipe(tokens.slice(i + 1, j - 1), tokens.slice(i + 1, j - 1).join(' '));
    let fields: string[] = [];
    if (tokens[j]?.startsWith('.') && tokens[j] !== '.') {
      fields = pathOf(tokens[j]);
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
  if (/^[-+]?\d/.test(tok)) return [{ t: 'literal', value: Number(tok) }, i + 1];
  if (tok === 'true' || tok === 'false') return [{ t: 'literal', value: tok === 'true' }, i + 1];
  if (tok === 'nil') return [{ t: 'literal', value: null }, i + 1];
  if (/^[A-Za-z_]/.test(tok)) return [{ t: 'func', name: tok }, i + 1];
  throw new TemplateParseError(`unexpected ${JSON.stringify(tok)} in operand`);
}

function parsePipe(tokens: string[], source: string): Pipe {
  let rest = tokens;
  const decl: string[] = [];
  const assign = rest.indexOf(':=');
  if (assign > 0 && rest.slice(0, assign).every((t) => t.startsWith('$') || t === ',')) {
    decl.push(...rest.slice(0, assign).filter((t) => t !== ','));
    rest = rest.slice(assign + 1);
  }
  const commands: Command[] = [];
  let args: Arg[] = [];
  for (let i = 0; i < rest.length; ) {
    if (rest[i] === '|') {
      if (!args.length) throw new TemplateParseError('missing command');
      commands.push({ args });
      args = [];
      i++;
      continue;
    }
    const [arg, next] = parseOperand(rest, i);
    args.push(arg);
    i = next;
  }
  if (!args.length) throw new TemplateParseError(commands.length ? 'missing command' : 'missing value for command');
  commands.push({ args });
  return { decl, commands, source };
}

interface Frame {
  node?: Extract<Node, { list: Node[] }>;
  list: Node[];
  /** `{{else if}}` opens a frame that the single `{{end}}` of its chain also closes. */
  elseIf?: boolean;
}

/** Parses a whole template into nodes; throws TemplateParseError with text/template's wording. */
export function parseTemplate(text: string): Node[] {
  const root: Frame = { list: [] };
  const stack: Frame[] = [root];
  let pos = 0;
  let trimNext = false;
  let line = 1;
  while (pos < text.length) {
    const open = text.indexOf('{{', pos);
    let chunk = open < 0 ? text.slice(pos) : text.slice(pos, open);
    if (trimNext) chunk = chunk.replace(/^\s+/, '');
    const trimPrev = open >= 0 && /^\{\{- /.test(text.slice(open, open + 4));
    if (trimPrev) chunk = chunk.replace(/\s+$/, '');
    if (chunk) stack[stack.length - 1].list.push({ t: 'text', text: chunk });
    if (open < 0) break;
    line += (text.slice(pos, open).match(/\n/g) ?? []).length;
    const close = text.indexOf('}}', open + 2);
    if (close < 0) throw new TemplateParseError(`template: output:${line}: unclosed action`);
    let body = text.slice(open + 2, close);
    if (trimPrev) body = body.slice(2);
    trimNext = / -$/.test(body);
    if (trimNext) body = body.slice(0, -2);
    pos = close + 2;
    body = body.trim();
    if (body.startsWith('/*')) continue;
    handleAction(body, stack, line);
  }
  if (stack.length > 1) throw new TemplateParseError(`template: output:${line}: unexpected EOF`);
  return root.list;
}

function located<T>(line: number, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof TemplateParseError && !e.message.startsWith('template:')) throw new TemplateParseError(`template: output:${line}: ${e.message}`);
    throw e;
  }
}

function handleAction(body: string, stack: Frame[], line: number): void {
  const top = stack[stack.length - 1];
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
    const rest = body.slice(4).trim();
    top.list = node.elseList;
    if (rest.startsWith('if ')) {
      const inner: Node = { t: 'if', pipe: located(line, () => parsePipe(tokenize(rest.slice(3)), rest.slice(3).trim())), list: [], elseList: [] };
      node.elseList.push(inner);
      stack.push({ node: inner, list: inner.list, elseIf: true });
    }
    return;
  }
  if (keyword) {
    const src = body.slice(keyword.length).trim();
    const node: Node = { t: keyword as 'if' | 'range' | 'with', pipe: located(line, () => parsePipe(tokenize(src), src)), list: [], elseList: [] };
    top.list.push(node);
    stack.push({ node, list: node.list });
    return;
  }
  top.list.push({ t: 'action', pipe: located(line, () => parsePipe(tokenize(body), body)) });
}
