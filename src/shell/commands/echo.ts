import type { CommandFn } from '../executor/types';

/** Interprets backslash escapes the way `echo -e` and `printf %b` do; `\c` stops output. */
export function interpretEscapes(s: string): { text: string; stop: boolean } {
  let text = '';
  const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b', '\\': '\\' };
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\\' || i + 1 >= s.length) {
      text += s[i];
      continue;
    }
    const c = s[++i];
    if (c === 'c') return { text, stop: true };
    if (map[c] !== undefined) text += map[c];
    else if (c === '0') {
      const oct = /^[0-7]{0,3}/.exec(s.slice(i + 1))![0];
      text += String.fromCharCode(parseInt(oct || '0', 8));
      i += oct.length;
    } else if (c === 'x' && /^[0-9a-fA-F]/.test(s[i + 1] ?? '')) {
      const hex = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 1))![0];
      text += String.fromCharCode(parseInt(hex, 16));
      i += hex.length;
    } else text += '\\' + c;
  }
  return { text, stop: false };
}

/** bash's builtin echo: `-n`, `-e`, `-E`, combined (`-ne`); anything else is printed. */
export const echo: CommandFn = async (ctx) => {
  const args = ctx.argv.slice(1);
  let newline = true;
  let escapes = false;
  while (args.length && /^-[neE]+$/.test(args[0])) {
    const flags = args.shift()!;
    if (flags.includes('n')) newline = false;
    if (flags.includes('e')) escapes = !flags.endsWith('E');
    if (flags.includes('E') && !flags.includes('e')) escapes = false;
  }
  let text = args.join(' ');
  if (escapes) {
    const r = interpretEscapes(text);
    text = r.text;
    if (r.stop) newline = false;
  }
  ctx.stdout.write(newline ? text + '\n' : text);
  return 0;
};
