/**
 * The POSIX ustar archive format, over binary strings (one character per byte, 0–255) because
 * archives travel as text through exec's streams and the shell's pipes. Member contents are the
 * files' text as UTF-8. Used by the containers' `tar` and by `kubectl cp`, which speak it to each
 * other over pods/exec as the real ones do.
 */
import { utf8Decode, utf8Encode } from './utf8';

export interface TarEntry {
  /** Member name as stored: relative, `/`-separated, directories without the trailing `/`. */
  name: string;
  type: 'file' | 'dir' | 'symlink';
  /** File contents; empty for directories and links. */
  text: string;
  /** Permission bits (0o644). */
  mode: number;
  /** Modification time, seconds since the epoch. */
  mtime: number;
  /** Symbolic links: where the link points. */
  linkname?: string;
  /** Size in bytes of the member's data (its UTF-8 length). */
  size: number;
}

const BLOCK = 512;
/** GNU tar writes whole records of 20 blocks. */
export const GNU_RECORD = 20 * BLOCK;

const bytesToBinary = (bytes: Uint8Array): string => {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
};

const binaryToBytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** The byte length of `text` in an archive. */
export const tarSize = (text: string): number => utf8Encode(text).length;

function field(header: Uint8Array, offset: number, length: number, value: string): void {
  header.set(utf8Encode(value).subarray(0, length), offset);
}

/** Octal, zero-padded to `length - 1` digits and NUL-terminated, as ustar numbers are. */
const octal = (n: number, length: number) => n.toString(8).padStart(length - 1, '0');

/** ustar keeps 100 bytes of name and 155 of prefix; longer names are split at a `/`. */
function splitName(name: string): { prefix: string; name: string } {
  if (utf8Encode(name).length <= 100) return { prefix: '', name };
  const cut = name.lastIndexOf('/', name.length - 1);
  return cut > 0 ? { prefix: name.slice(0, cut), name: name.slice(cut + 1) } : { prefix: '', name };
}

function header(e: TarEntry): Uint8Array {
  const h = new Uint8Array(BLOCK);
  const { prefix, name } = splitName(e.type === 'dir' ? `${e.name}/` : e.name);
  field(h, 0, 100, name);
  field(h, 100, 8, octal(e.mode, 8));
  field(h, 108, 8, octal(0, 8));
  field(h, 116, 8, octal(0, 8));
  field(h, 124, 12, octal(e.type === 'file' ? e.size : 0, 12));
  field(h, 136, 12, octal(Math.max(0, Math.floor(e.mtime)), 12));
  field(h, 148, 8, '        ');
  field(h, 156, 1, e.type === 'dir' ? '5' : e.type === 'symlink' ? '2' : '0');
  field(h, 157, 100, e.linkname ?? '');
  field(h, 257, 8, 'ustar\u000000');
  field(h, 265, 32, 'root');
  field(h, 297, 32, 'root');
  field(h, 329, 8, octal(0, 8));
  field(h, 337, 8, octal(0, 8));
  field(h, 345, 155, prefix);
  const sum = h.reduce((a, b) => a + b, 0);
  field(h, 148, 8, `${sum.toString(8).padStart(6, '0')}\u0000 `);
  return h;
}

/** An archive of `entries`; `record` pads the end to a multiple of that many bytes (GNU tar). */
export function writeTar(entries: readonly Omit<TarEntry, 'size'>[], opts: { record?: number } = {}): string {
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    const data = e.type === 'file' ? utf8Encode(e.text) : new Uint8Array(0);
    parts.push(header({ ...e, size: data.length }), data, new Uint8Array((BLOCK - (data.length % BLOCK)) % BLOCK));
  }
  parts.push(new Uint8Array(2 * BLOCK));
  const length = parts.reduce((n, p) => n + p.length, 0);
  const record = opts.record ?? BLOCK;
  const out = new Uint8Array(Math.ceil(length / record) * record);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return bytesToBinary(out);
}

function text(block: Uint8Array, offset: number, length: number): string {
  const raw = block.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return utf8Decode(end < 0 ? raw : raw.subarray(0, end));
}

const number = (block: Uint8Array, offset: number, length: number) => Number.parseInt(text(block, offset, length).trim() || '0', 8);

function checksumOk(block: Uint8Array): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i];
  return sum === number(block, 148, 8);
}

export type TarReadResult = { ok: true; entries: TarEntry[] } | { ok: false; error: 'not-tar' | 'truncated'; entries: TarEntry[] };

/** Reads an archive (GNU tar too rejects an empty input as not one). */
export function readTar(archive: string): TarReadResult {
  const bytes = binaryToBytes(archive);
  const entries: TarEntry[] = [];
  for (let at = 0; at + BLOCK <= bytes.length; ) {
    const block = bytes.subarray(at, at + BLOCK);
    if (block.every((b) => b === 0)) return { ok: true, entries };
    if (!checksumOk(block)) return { ok: false, error: 'not-tar', entries };
    const size = number(block, 124, 12);
    const flag = String.fromCharCode(block[156]);
    const prefix = text(block, 345, 155);
    const name = (prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100)).replace(/\/+$/, '');
    const type = flag === '5' ? 'dir' : flag === '2' ? 'symlink' : 'file';
    at += BLOCK;
    if (at + size > bytes.length) return { ok: false, error: 'truncated', entries };
    const data = type === 'file' ? utf8Decode(bytes.subarray(at, at + size)) : '';
    entries.push({ name, type, text: data, mode: number(block, 100, 8), mtime: number(block, 136, 12), size, ...(type === 'symlink' ? { linkname: text(block, 157, 100) } : {}) });
    at += Math.ceil(size / BLOCK) * BLOCK;
  }
  // Members without the closing zero blocks are still read; no member at all is no archive.
  return entries.length > 0 ? { ok: true, entries } : { ok: false, error: 'not-tar', entries };
}
