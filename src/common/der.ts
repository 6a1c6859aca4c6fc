/**
 * ASN.1 DER, as far as certificates and certificate requests need it: build a tree of
 * tag-length-value nodes and read one back. The playground's keys and signatures are not real
 * cryptography, but their containers are real DER, so PEM files read back field by field.
 */
import { utf8Decode, utf8Encode } from './utf8';

export interface DerNode {
  tag: number;
  /** The content octets. */
  value: Uint8Array;
  /** Parsed content of constructed tags (SEQUENCE, SET, [n]). */
  children?: DerNode[];
}

export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  PRINTABLE_STRING: 0x13,
  UTC_TIME: 0x17,
  SEQUENCE: 0x30,
  SET: 0x31,
  BOOLEAN: 0x01,
} as const;

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function lengthBytes(n: number): number[] {
  if (n < 0x80) return [n];
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  return [0x80 | bytes.length, ...bytes];
}

/** One TLV; constructed content is the concatenation of `content`. */
export function der(tag: number, ...content: Uint8Array[]): Uint8Array {
  const body = concat(content);
  return concat([Uint8Array.of(tag, ...lengthBytes(body.length)), body]);
}

export const seq = (...c: Uint8Array[]) => der(TAG.SEQUENCE, ...c);
export const set = (...c: Uint8Array[]) => der(TAG.SET, ...c);
/** Context-specific constructed `[n]`. */
export const explicit = (n: number, ...c: Uint8Array[]) => der(0xa0 | n, ...c);
export const utf8 = (s: string) => der(TAG.UTF8_STRING, utf8Encode(s));
export const derNull = () => der(TAG.NULL);
export const octets = (b: Uint8Array) => der(TAG.OCTET_STRING, b);
export const bitString = (b: Uint8Array) => der(TAG.BIT_STRING, Uint8Array.of(0), b);
export const boolean = (v: boolean) => der(TAG.BOOLEAN, Uint8Array.of(v ? 0xff : 0));

/** A non-negative INTEGER from big-endian bytes or a number: a leading 0 keeps the sign bit clear. */
export function integer(value: Uint8Array | number): Uint8Array {
  const b = typeof value === 'number' ? numberBytes(value) : value;
  return der(TAG.INTEGER, b[0] & 0x80 ? concat([Uint8Array.of(0), b]) : b);
}

function numberBytes(n: number): Uint8Array {
  const out: number[] = [];
  let v = n;
  do {
    out.unshift(v % 256);
    v = Math.floor(v / 256);
  } while (v > 0);
  return Uint8Array.from(out);
}

export function oid(dotted: string): Uint8Array {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const out = [a * 40 + b];
  for (const n of rest) {
    const chunk: number[] = [n & 0x7f];
    for (let v = n >>> 7; v > 0; v >>>= 7) chunk.unshift(0x80 | (v & 0x7f));
    out.push(...chunk);
  }
  return der(TAG.OID, Uint8Array.from(out));
}

/** UTCTime, `YYMMDDHHMMSSZ`, from epoch milliseconds. */
export function utcTime(ms: number): Uint8Array {
  const iso = new Date(ms).toISOString();
  const s = `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
  return der(TAG.UTC_TIME, utf8Encode(s));
}

/** Reads one TLV at `at`; undefined when the bytes are not DER. */
function readNode(bytes: Uint8Array, at: number): { node: DerNode; end: number } | undefined {
  if (at + 2 > bytes.length) return undefined;
  const tag = bytes[at];
  let len = bytes[at + 1];
  let start = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 3 || start + n > bytes.length) return undefined;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + bytes[start + i];
    start += n;
  }
  if (start + len > bytes.length) return undefined;
  const value = bytes.subarray(start, start + len);
  const node: DerNode = { tag, value };
  if (tag & 0x20) {
    const children = parseAll(value);
    if (!children) return undefined;
    node.children = children;
  }
  return { node, end: start + len };
}

function parseAll(bytes: Uint8Array): DerNode[] | undefined {
  const out: DerNode[] = [];
  for (let at = 0; at < bytes.length; ) {
    const r = readNode(bytes, at);
    if (!r) return undefined;
    out.push(r.node);
    at = r.end;
  }
  return out;
}

/** The single TLV the bytes hold, or undefined when they are not exactly one DER value. */
export function parseDer(bytes: Uint8Array): DerNode | undefined {
  const r = readNode(bytes, 0);
  return r && r.end === bytes.length ? r.node : undefined;
}

export function oidString(node: DerNode): string {
  const v = node.value;
  const parts = [Math.floor(v[0] / 40), v[0] % 40];
  let n = 0;
  for (const byte of v.subarray(1)) {
    n = n * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      parts.push(n);
      n = 0;
    }
  }
  return parts.join('.');
}

export const text = (node: DerNode) => utf8Decode(node.value);
