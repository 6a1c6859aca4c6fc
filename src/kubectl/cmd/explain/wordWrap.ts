/**
 * The text helpers of kubectl explain's template: `wrap` (mitchellh/go-wordwrap's WrapString,
 * which only breaks at white space and lets a long word overflow) and `indent` (pads the first
 * line and every line after a newline, blank ones included).
 */

const NBSP = '\u00a0';
/** Go's unicode.IsSpace. */
const SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

export function wrapString(s: string, limit: number): string {
  let out = '';
  let current = 0;
  let word = '';
  let space = '';
  const wordLen = () => [...word].length;
  const spaceLen = () => [...space].length;
  for (const char of s) {
    if (char === '\n') {
      // The line ends here either way; its trailing spaces are kept only when they fit.
      if (word.length === 0) {
        if (current + spaceLen() <= limit) out += space;
      } else {
        out += space + word;
        word = '';
      }
      space = '';
      out += char;
      current = 0;
    } else if (SPACE.test(char) && char !== NBSP) {
      if (space.length === 0 || word.length > 0) {
        current += spaceLen() + wordLen();
        out += space + word;
        space = '';
        word = '';
      }
      space += char;
    } else {
      word += char;
      if (current + spaceLen() + wordLen() > limit && wordLen() < limit) {
        out += '\n';
        current = 0;
        space = '';
      }
    }
  }
  if (word.length === 0) {
    if (current + spaceLen() <= limit) out += space;
  } else {
    out += space + word;
  }
  return out;
}

export function indent(amount: number, s: string): string {
  const pad = ' '.repeat(amount);
  return pad + s.replaceAll('\n', `\n${pad}`);
}
