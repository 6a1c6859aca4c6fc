/**
 * JSON as kubectl prints it: Go's json.MarshalIndent with four spaces. Objects read from the
 * server are unstructured maps, which Go encodes with sorted keys; generators that print typed
 * objects (`create --dry-run=client -o json`) keep Go's struct field order instead, which the
 * caller expresses through insertion order with `sortKeys: false`.
 */

export interface JsonOptions {
  /** Sort object keys (kubectl get). Default true. */
  sortKeys?: boolean;
}

export function toJson(value: unknown, options: JsonOptions = {}): string {
  return encode(value, '', options.sortKeys ?? true) + '\n';
}

function encode(value: unknown, indent: string, sortKeys: boolean): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  const inner = indent + '    ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + encode(v, inner, sortKeys)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  if (sortKeys) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const body = entries.map(([k, v]) => `${inner}${quote(k)}: ${encode(v, inner, sortKeys)}`).join(',\n');
  return `{\n${body}\n${indent}}`;
}

/** encoding/json string escaping, HTML-safe (`<`, `>` and `&` as \u escapes). */
function quote(s: string): string {
  let out = '"';
  for (const ch of s) {
    switch (ch) {
      case '"':
        out += '\\"';
        break;
      case '\\':
        out += '\\\\';
        break;
      case '\n':
        out += '\\n';
        break;
      case '\r':
        out += '\\r';
        break;
      case '\t':
        out += '\\t';
        break;
      case '\b':
        out += '\\b';
        break;
      case '\f':
        out += '\\f';
        break;
      default: {
        const cp = ch.codePointAt(0)!;
        const escape = cp < 0x20 || ch === '<' || ch === '>' || ch === '&' || cp === 0x2028 || cp === 0x2029;
        out += escape ? `\\u${cp.toString(16).padStart(4, '0')}` : ch;
      }
    }
  }
  return out + '"';
}
