/**
 * Deterministic stand-ins for random key material (token signatures, key ids): base64url
 * characters from a xorshift stream seeded by an FNV-1a hash of some text, so the same input
 * always gives the same "random" string and nothing needs a crypto API.
 */
export const BASE64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** `count` base64url characters seeded by `seed`. */
export function pseudoRandomText(seed: string, count: number): string {
  let x = fnv1a(seed) || 1;
  let out = '';
  for (let i = 0; i < count; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out += BASE64URL_ALPHABET[x & 63];
  }
  return out;
}
