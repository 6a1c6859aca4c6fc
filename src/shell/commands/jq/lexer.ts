/** A filter jq cannot compile (exit 3). */
export class JqCompileError extends Error {}

export type JqToken =
  | { t: 'num'; v: number }
  | { t: 'str'; parts: (string | { src: string })[] }
  | { t: 'ident'; v: string }
  | { t: 'field'; v: string }
  | { t: 'var'; v: string }
  | { t: 'op'; v: string }
  | { t: 'eof' };

const OPS = ['|=', '+=', '-=', '//', '==', '!=', '<=', '>=', '..', '?//', '|', ',', '.', '[', ']', '(', ')', '{', '}', ':', ';', '+', '-', '*', '/', '%', '<', '>', '?', '='];

/** Tokenises a jq filter; string interpolations `\( )` keep their source for a nested parse. */
export function tokenizeJq(src: string): JqToken[] {
  const out: JqToken[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '"') {
      const [tok, end] = readString(src, i + 1);
      out.push(tok);
      i = end;
    } else if (/[0-9]/.test(c)) {
      const m = /^\d+(\.\d+)?([eE][-+]?\d+)?/.exec(src.slice(i))![0];
      out.push({ t: 'num', v: Number(m) });
      i += m.length;
    } else if (c === '.' && /[A-Za-z_]/.test(src[i + 1] ?? '')) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i + 1))![0];
      out.push({ t: 'field', v: m });
      i += m.length + 1;
    } else if (c === '$' && /[A-Za-z_]/.test(src[i + 1] ?? '')) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i + 1))![0];
      out.push({ t: 'var', v: m });
      i += m.length + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*(::[A-Za-z_][A-Za-z0-9_]*)*/.exec(src.slice(i))![0];
      out.push({ t: 'ident', v: m });
      i += m.length;
    } else {
      const op = OPS.find((o) => src.startsWith(o, i));
      if (!op) throw new JqCompileError(`syntax error, unexpected INVALID_CHARACTER`);
      out.push({ t: 'op', v: op });
      i += op.length;
    }
  }
  out.push({ t: 'eof' });
  return out;
}

const ESC: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };

function readString(src: string, start: number): [JqToken, number] {
  const parts: (string | { src: string })[] = [];
  let s = '';
  let i = start;
  while (i < src.length && src[i] !== '"') {
    if (src[i] !== '\\') {
      s += src[i++];
      continue;
    }
    const e = src[i + 1];
    if (e === '(') {
      let depth = 1;
      let j = i + 2;
      for (; j < src.length && depth > 0; j++) {
        if (src[j] === '(') depth++;
        else if (src[j] === ')') depth--;
        else if (src[j] === '"') j = readString(src, j + 1)[1] - 1;
      }
      parts.push(s, { src: src.slice(i + 2, j - 1) });
      s = '';
      i = j;
    } else if (e === 'u') {
      s += String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16));
      i += 6;
    } else {
      s += ESC[e] ?? e;
      i += 2;
    }
  }
  if (i >= src.length) throw new JqCompileError('syntax error, unexpected end of file');
  parts.push(s);
  return [{ t: 'str', parts }, i + 1];
}
