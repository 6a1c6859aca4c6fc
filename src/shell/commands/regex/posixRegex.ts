/** A pattern GNU regcomp would reject; the message is GNU's. */
export class RegexError extends Error {}

const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: 'A-Za-z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  word: 'A-Za-z0-9_',
};

/**
 * Translates a POSIX basic (BRE, with GNU's `\|`, `\+`, `\?`) or extended (ERE) regular
 * expression into JavaScript RegExp source.
 */
export function posixToJs(pattern: string, extended: boolean): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '[') {
      const [cls, end] = bracket(pattern, i);
      out += cls;
      i = end;
      continue;
    }
    if (c === '\\') {
      const n = pattern[++i];
      if (n === undefined) throw new RegexError('Trailing backslash');
      if (!extended && '(){}|+?'.includes(n)) {
        if (n === '(') depth++;
        if (n === ')' && --depth < 0) throw new RegexError('Unmatched ) or \\)');
        out += n;
      } else if (n === '<' || n === '>') out += '\\b';
      else if (/[0-9wWsSbB]/.test(n)) out += '\\' + n;
      else out += escapeLiteral(n);
      continue;
    }
    if (extended) {
      if (c === '(') depth++;
      if (c === ')' && --depth < 0) throw new RegexError('Unmatched ) or \\)');
      if (c === '{' && !/^\{\d*(,\d*)?\}/.test(pattern.slice(i))) out += '\\{';
      else out += c === '}' && !/\{\d*(,\d*)?$/.test(pattern.slice(0, i)) ? '\\}' : c;
      continue;
    }
    if ('(){}|+?'.includes(c)) out += '\\' + c;
    else if (c === '*' && (out === '' || out.endsWith('^') || out.endsWith('('))) out += '\\*';
    else out += c;
  }
  if (depth > 0) throw new RegexError('Unmatched ( or \\(');
  return out;
}

function escapeLiteral(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? '\\' + c : c;
}

/** Reads a bracket expression starting at `start`; returns its JS form and its last index. */
function bracket(pattern: string, start: number): [string, number] {
  let i = start + 1;
  let out = '[';
  if (pattern[i] === '^') {
    out += '^';
    i++;
  }
  let first = true;
  for (; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === ']' && !first) return [out + ']', i];
    first = false;
    const cls = /^\[:([a-z]+):\]/.exec(pattern.slice(i));
    if (cls) {
      if (!CLASSES[cls[1]]) throw new RegexError('Invalid character class name');
      out += CLASSES[cls[1]];
      i += cls[0].length - 1;
    } else if (c === '\\' || c === ']' || c === '[') out += '\\' + c;
    else out += c;
  }
  throw new RegexError('Unmatched [, [^, [:, [., or [=');
}

/** Compiles a POSIX pattern, turning JavaScript's complaints into GNU's wording. */
export function compilePosix(pattern: string, opts: { extended: boolean; ignoreCase?: boolean; global?: boolean }): RegExp {
  const source = posixToJs(pattern, opts.extended);
  try {
    return new RegExp(source, (opts.global ? 'g' : '') + (opts.ignoreCase ? 'i' : '') + 'u');
  } catch {
    try {
      return new RegExp(source, (opts.global ? 'g' : '') + (opts.ignoreCase ? 'i' : ''));
    } catch {
      throw new RegexError('Invalid regular expression');
    }
  }
}
