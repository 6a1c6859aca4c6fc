/**
 * The pod-template-hash: controller.ComputeHash writes the template (and the Deployment's
 * collisionCount) into FNV-32a and renders the decimal sum with rand.SafeEncodeString, which
 * avoids vowels and look-alike characters — hence names like `web-7d4b9c8f5b`.
 */
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';

export const DEFAULT_DEPLOYMENT_UNIQUE_LABEL_KEY = 'pod-template-hash';

const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** Each character maps to the alphabet by its code, exactly as SafeEncodeString does. */
export function safeEncodeString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += SAFE_ALPHABET[s.charCodeAt(i) % SAFE_ALPHABET.length];
  return out;
}

function fnv32aUpdate(hash: number, bytes: Iterable<number>): number {
  let h = hash;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h;
}

/** JSON with keys sorted at every level, so equal templates always hash alike. */
export function canonicalJSON(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJSON).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJSON(v)}`).join(',')}}`;
}

function utf8(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return out;
}

export function computeHash(template: PodTemplateSpec, collisionCount?: number): string {
  let h = fnv32aUpdate(0x811c9dc5, utf8(canonicalJSON(template)));
  if (collisionCount !== undefined) {
    // The count goes in as four little-endian bytes, as binary.LittleEndian.PutUint32 writes it.
    const n = collisionCount >>> 0;
    h = fnv32aUpdate(h, [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]);
  }
  return safeEncodeString(String(h));
}
