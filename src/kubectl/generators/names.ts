/**
 * kubectl's sanitizeAndUniquify: `_` is not allowed in container names, so kubectl swaps it for `-`
 * and appends a random 5-character suffix. The suffix here is derived from the name (FNV-1a) so the
 * same command gives the same name, as everything in the playground must.
 */
const ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export function sanitizeAndUniquify(name: string): string {
  if (!name.includes('_')) return name;
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  let suffix = '';
  for (let i = 0; i < 5; i++) {
    suffix += ALPHABET[h % ALPHABET.length];
    h = Math.floor(h / ALPHABET.length) + i * 7919;
  }
  return `${name.replaceAll('_', '-')}-${suffix}`;
}
