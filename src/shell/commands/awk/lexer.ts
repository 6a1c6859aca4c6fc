/** A program awk rejects; GNU-ish wording without the `awk: ` prefix. */
export class AwkSyntaxError extends Error {}

export type AwkToken =
  | { type: 'number'; value: number }
  | { type: 'string'; value: string }
  | { type: 'regex'; value: string }
  | { type: 'name'; value: string }
  | { type: 'funcname'; value: string }
  | { type: 'keyword'; value: string }
  | { type: 'punct'; value: string }
  | { type: 'newline' }
  | { type: 'eof' };

const KEYWORDS = new Set(['BEGIN', 'END', 'if', 'else', 'while', 'for', 'do', 'in', 'print', 'printf', 'next', 'exit', 'delete', 'getline', 'return', 'function', 'break', 'continue']);
const PUNCT = ['&&', '||', '==', '!=', '<=', '>=', '!~', '++', '--', '+=', '-=', '*=', '/=', '%=', '^=', '>>', '{', '}', '(', ')', '[', ']', ';', ',', '+', '-', '*', '/', '%', '^', '!', '>', '<', '~', '?', ':', '=', '$', '|'];
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', '/': '/', a: '\x07', b: '\b', f: '\f', v: '\v' };

/** Tokenises an awk program; a `/` starts a regex unless the previous token ends an operand. */
export function tokenizeAwk(src: string): AwkToken[] {
  const tokens: AwkToken[] = [];
  let i = 0;
  const operandEnd = (): boolean => {
    const t = tokens[tokens.length - 1];
    if (!t) return false;
    if (t.type === 'number' || t.type === 'string' || t.type === 'name' || t.type === 'regex') return true;
    return t.type === 'punct' && (t.value === ')' || t.value === ']' || t.value === '$' || t.value === '++' || t.value === '--');
  };
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t' || (c === '\\' && src[i + 1] === '\n')) {
      i += c === '\\' ? 2 : 1;
    } else if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '\n') {
      tokens.push({ type: 'newline' });
      i++;
    } else if (/[0-9.]/.test(c) && /^(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.test(src.slice(i))) {
      const m = /^(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(src.slice(i))!;
      tokens.push({ type: 'number', value: Number(m[0]) });
      i += m[0].length;
    } else if (c === '"') {
      let s = '';
      for (i++; src[i] !== '"'; i++) {
        if (i >= src.length || src[i] === '\n') throw new AwkSyntaxError('runaway string constant "' + s.slice(0, 10) + ' ...');
        if (src[i] === '\\') s += ESCAPES[src[++i]] ?? '\\' + src[i];
        else s += src[i];
      }
      i++;
      tokens.push({ type: 'string', value: s });
    } else if (c === '/' && !operandEnd()) {
      let s = '';
      for (i++; src[i] !== '/'; i++) {
        if (i >= src.length || src[i] === '\n') throw new AwkSyntaxError('runaway regular expression /' + s.slice(0, 10) + ' ...');
        if (src[i] === '\\' && src[i + 1] === '/') s += src[++i];
        else if (src[i] === '\\') s += src[i] + src[++i];
        else s += src[i];
      }
      i++;
      tokens.push({ type: 'regex', value: s });
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))![0];
      i += m.length;
      if (KEYWORDS.has(m)) tokens.push({ type: 'keyword', value: m });
      else tokens.push({ type: src[i] === '(' ? 'funcname' : 'name', value: m });
    } else {
      const p = PUNCT.find((op) => src.startsWith(op, i));
      if (!p) throw new AwkSyntaxError(`syntax error at source line 1: unexpected character '${c}'`);
      tokens.push({ type: 'punct', value: p });
      i += p.length;
    }
  }
  tokens.push({ type: 'eof' });
  return tokens;
}
