/** UTF-8 without TextEncoder, which the neutral layers' lib does not declare. */
export function utf8Encode(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(bytes);
}

/** Decodes UTF-8; malformed sequences become U+FFFD like a terminal shows them. */
export function utf8Decode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    const tail = bytes.slice(i + 1, i + len);
    if (len === 0 || tail.length !== len - 1 || tail.some((t) => t >> 6 !== 2)) {
      out += '\ufffd';
      i++;
      continue;
    }
    let c = len === 1 ? b : b & (0xff >> (len + 1));
    for (const t of tail) c = (c << 6) | (t & 63);
    out += String.fromCodePoint(c);
    i += len;
  }
  return out;
}

export const byteLength = (text: string): number => utf8Encode(text).length;
