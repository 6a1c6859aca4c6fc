import { unexpectedEof } from './errors';

/**
 * Finds the `)` closing a `$(`, `$((` or `<(` whose body starts at `start`, skipping quotes,
 * escapes and nested parentheses, so `$(echo ")")` ends at the right place.
 * Returns the index of the closing `)`.
 */
export function findClosingParen(src: string, start: number): number {
  let depth = 1;
  let i = start;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === "'") {
      const end = src.indexOf("'", i + 1);
      if (end < 0) throw unexpectedEof("'");
      i = end + 1;
      continue;
    }
    if (c === '"') {
      i = skipDoubleQuoted(src, i + 1) + 1;
      continue;
    }
    if (c === '`') {
      i = findClosingBacktick(src, i + 1) + 1;
      continue;
    }
    if (c === '(') depth++;
    if (c === ')' && --depth === 0) return i;
    i++;
  }
  throw unexpectedEof(')');
}

function skipDoubleQuoted(src: string, start: number): number {
  let i = start;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') i += 2;
    else if (c === '"') return i;
    else if (c === '$' && src[i + 1] === '(') i = findClosingParen(src, i + 2) + 1;
    else if (c === '`') i = findClosingBacktick(src, i + 1) + 1;
    else i++;
  }
  throw unexpectedEof('"');
}

/** Returns the index of the backtick closing the one before `start`. */
export function findClosingBacktick(src: string, start: number): number {
  let i = start;
  while (i < src.length) {
    if (src[i] === '\\') i += 2;
    else if (src[i] === '`') return i;
    else i++;
  }
  throw unexpectedEof('`');
}

/** Inside backticks, `\` only escapes `$`, `` ` `` and `\`; the rest stays as typed. */
export function unescapeBackticks(body: string): string {
  return body.replace(/\\([$`\\])/g, '$1');
}
