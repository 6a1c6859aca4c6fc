/**
 * Share links: a workspace in the URL's hash, as JSON → deflate-raw (CompressionStream) →
 * base64url. Replay needs only the journal, so a lesson's worth of commands fits in a link.
 * Decoding is bounded twice — the text's length and the inflated size (a small link must not
 * inflate into gigabytes) — and what comes out is migrated and validated like any import.
 */
import { readWorkspace } from './migrations';
import type { Checked } from './validateWorkspace';
import type { Workspace } from './workspace';

/** Longest link payload accepted (characters); chat tools and browsers cope with this much. */
export const SHARE_LIMIT_CHARS = 64 * 1024;
/** Largest inflated JSON accepted from a link. */
export const SHARE_INFLATED_LIMIT_BYTES = 8 * 1024 * 1024;

export class ShareTooLarge extends Error {}

async function pump(input: Uint8Array, transform: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  // A damaged input errors both sides: the reader reports it, the writer's rejection is moot.
  writer.write(input as Uint8Array<ArrayBuffer>).then(() => writer.close()).catch(() => {});
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new ShareTooLarge(`the shared state inflates beyond ${limit} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The link payload for `ws`; rejects with ShareTooLarge beyond SHARE_LIMIT_CHARS (export a file instead). */
export async function encodeShareState(ws: Workspace): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(ws));
  const text = toBase64Url(await pump(json, new CompressionStream('deflate-raw'), Infinity));
  if (text.length > SHARE_LIMIT_CHARS) throw new ShareTooLarge(`this session is too long for a link (${text.length} characters, at most ${SHARE_LIMIT_CHARS}): export it as a file instead`);
  return text;
}

/** Reads a link payload back into a validated workspace; never throws. */
export async function decodeShareState(text: string): Promise<Checked<Workspace>> {
  if (text.length > SHARE_LIMIT_CHARS) return { ok: false, error: `the shared state is too long (${text.length} characters, at most ${SHARE_LIMIT_CHARS})` };
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return { ok: false, error: 'the shared state is damaged: it is not base64url text (was the link cut or changed?)' };
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(await pump(fromBase64Url(text), new DecompressionStream('deflate-raw'), SHARE_INFLATED_LIMIT_BYTES));
  } catch (e) {
    if (e instanceof ShareTooLarge) return { ok: false, error: e.message };
    return { ok: false, error: 'the shared state is damaged: it does not inflate (was the link cut or changed?)' };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, error: 'the shared state is damaged: it is not JSON' };
  }
  return readWorkspace(value);
}
