import type { CommandFn } from '../executor/types';
import { interpretEscapes } from './echo';

const SPEC = /%([-+ #0]*)(\d+|\*)?(?:\.(\d+))?([sdiufxXoceEgGbq%])/g;

/** bash's builtin printf: the format is reused until all arguments are consumed. */
export const printf: CommandFn = async (ctx) => {
  let args = ctx.argv.slice(1);
  if (args[0] === '--') args = args.slice(1);
  if (args.length === 0) {
    ctx.stderr.write('printf: usage: printf [-v var] format [arguments]\n');
    return 2;
  }
  const format = args[0];
  const values = args.slice(1);
  let status = 0;
  let out = '';
  let next = 0;
  do {
    const start = next;
    let stop = false;
    const body = format.replace(SPEC, (_m, flags: string, width: string | undefined, precision: string | undefined, conv: string) => {
      if (conv === '%') return '%';
      let w = width;
      if (w === '*') w = values[next++] ?? '0';
      const arg = values[next++];
      const { text, bad } = convert(conv, arg, precision);
      if (bad) {
        ctx.stderr.write(`bash: printf: ${arg}: invalid number\n`);
        status = 1;
      }
      if (conv === 'b' && text.includes('\u0000stop')) stop = true;
      return pad(text.replace('\u0000stop', ''), flags, w);
    });
    out += interpretEscapes(body).text;
    if (stop || next === start) break;
  } while (next < values.length);
  ctx.stdout.write(out);
  return status;
};

function convert(conv: string, arg: string | undefined, precision: string | undefined): { text: string; bad: boolean } {
  switch (conv) {
    case 's':
      return { text: precision !== undefined ? (arg ?? '').slice(0, Number(precision)) : (arg ?? ''), bad: false };
    case 'b': {
      const r = interpretEscapes(arg ?? '');
      return { text: r.text + (r.stop ? '\u0000stop' : ''), bad: false };
    }
    case 'q':
      return { text: shellQuote(arg ?? ''), bad: false };
    case 'c':
      return { text: (arg ?? '').slice(0, 1), bad: false };
  }
  const raw = arg ?? '0';
  const n = /^'./.test(raw) ? raw.charCodeAt(1) : Number(raw.trim() === '' ? '0' : raw);
  const bad = Number.isNaN(n);
  const v = bad ? 0 : n;
  switch (conv) {
    case 'd':
    case 'i':
    case 'u':
      return { text: String(Math.trunc(v)), bad };
    case 'x':
      return { text: Math.trunc(v).toString(16), bad };
    case 'X':
      return { text: Math.trunc(v).toString(16).toUpperCase(), bad };
    case 'o':
      return { text: Math.trunc(v).toString(8), bad };
    case 'e':
    case 'E':
      return { text: v.toExponential(Number(precision ?? 6)).replace(/e([+-])(\d)$/, 'e$10$2'), bad };
    default:
      return { text: v.toFixed(Number(precision ?? 6)), bad };
  }
}

function pad(text: string, flags: string, width: string | undefined): string {
  const w = Number(width ?? 0);
  if (text.length >= w) return text;
  if (flags.includes('-')) return text.padEnd(w);
  if (flags.includes('0') && /^-?\d/.test(text)) {
    const neg = text.startsWith('-');
    return (neg ? '-' : '') + text.slice(neg ? 1 : 0).padStart(w - (neg ? 1 : 0), '0');
  }
  return text.padStart(w);
}

function shellQuote(s: string): string {
  if (s === '') return "''";
  return s.replace(/[^A-Za-z0-9_\-./=:,@%+]/g, '\\$&');
}
