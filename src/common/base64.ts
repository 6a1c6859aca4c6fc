/**
 * Base64 (the standard alphabet, with padding) of bytes and of UTF-8 text: Secret data, the
 * shell's `base64`, kubectl's generators. The neutral layers have no btoa/atob or Buffer.
 */
import { utf8Decode, utf8Encode } from './utf8';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encodeBase64Bytes(bytes: Uint8Array): string {
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

/** The bytes, or undefined when the text is not base64 (line breaks are ignored). */
export function decodeBase64Bytes(text: string): Uint8Array | undefined {
  const clean = text.replace(/[\n\r]/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.replace(/=+$/, '').length % 4 === 1) return undefined;
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

export function encodeBase64(text: string): string {
  return encodeBase64Bytes(utf8Encode(text));
}

/** The decoded text, or undefined when the input is not base64. */
export function decodeBase64(b64: string): string | undefined {
  const bytes = decodeBase64Bytes(b64);
  return bytes && utf8Decode(bytes);
}
