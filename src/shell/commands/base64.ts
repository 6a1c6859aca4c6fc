import type { CommandFn } from '../executor/types';
import { getopt } from './getopt';
import { readInputs, withUsage } from './io';
import { utf8Decode, utf8Encode } from './utf8';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += b === undefined ? '=' : ALPHABET[(n >> 6) & 63];
    out += c === undefined ? '=' : ALPHABET[n & 63];
  }
  return out;
}

/** Returns undefined for input GNU base64 rejects (`base64: invalid input`). */
export function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/[\n\r]/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of clean.replace(/=+$/, '')) {
    buffer = (buffer << 6) | ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 255);
    }
  }
  return new Uint8Array(bytes);
}

/** `base64 [-d] [-w COLS] [FILE]`: wraps at 76 columns by default, `-w0` never. */
export const base64: CommandFn = (ctx) =>
  withUsage(ctx, 1, () => {
    const { opts, operands } = getopt('base64', ctx.argv.slice(1), { flags: 'di', withValue: 'w', long: { decode: 'd', wrap: 'w' }, longWithValue: ['wrap'] });
    const { inputs, failed } = readInputs(ctx, operands.slice(0, 1), (name, err) => `base64: ${name}: ${err}`);
    if (failed) return 1;
    const text = inputs[0].text;
    if (opts.has('d')) {
      const bytes = decodeBase64(opts.has('i') ? text.replace(/[^A-Za-z0-9+/=]/g, '') : text);
      if (!bytes) {
        ctx.stderr.write('base64: invalid input\n');
        return 1;
      }
      ctx.stdout.write(utf8Decode(bytes));
      return 0;
    }
    const wrap = Number(opts.get('w') ?? 76);
    const encoded = encodeBase64(utf8Encode(text));
    if (wrap === 0) ctx.stdout.write(encoded);
    else ctx.stdout.write((encoded.match(new RegExp(`.{1,${wrap}}`, 'g')) ?? ['']).join('\n') + (encoded ? '\n' : ''));
    return 0;
  });
