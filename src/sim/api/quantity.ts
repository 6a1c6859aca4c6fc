/**
 * resource.Quantity (k8s.io/apimachinery/pkg/api/resource): `100m`, `0.5`, `128Mi`, `1e3`.
 * Values are kept exactly, in nano units, as a bigint — the API server rounds anything finer
 * than 1n up to 1n, so nothing smaller ever needs representing. Printing follows
 * Quantity.String(): canonical form (`0.5` → `500m`, `1000` → `1k`, `1.5Gi` → `1536Mi`),
 * except that a string which was already canonical prints back as it was written.
 */

export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

export interface Quantity {
  readonly nanos: bigint;
  readonly format: QuantityFormat;
  /** The text it was parsed from, when Go would cache it (already canonical). */
  readonly text?: string;
}

export const QUANTITY_FORMAT_ERROR = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
export const QUANTITY_SUFFIX_ERROR = "unable to parse quantity's suffix";

export class QuantityError extends Error {
  override name = 'QuantityError';
}

const NANO = 1_000_000_000n;
const MAX_INT64 = 2n ** 63n - 1n;
const DECIMAL_SUFFIXES: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIXES: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL_BY_EXPONENT = new Map(Object.entries(DECIMAL_SUFFIXES).map(([s, e]) => [e, s]));
const BINARY_BY_EXPONENT = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

const pow10 = (n: number) => 10n ** BigInt(n);
const abs = (n: bigint) => (n < 0n ? -n : n);

/** a / b rounded away from zero, as inf.RoundUp does. */
function divRoundUp(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b === 0n ? q : q + (a < 0n ? -1n : 1n);
}

interface Suffix {
  base: 2 | 10;
  exponent: number;
  format: QuantityFormat;
}

function interpretSuffix(suffix: string): Suffix | undefined {
  if (Object.hasOwn(DECIMAL_SUFFIXES, suffix)) return { base: 10, exponent: DECIMAL_SUFFIXES[suffix], format: 'DecimalSI' };
  if (Object.hasOwn(BINARY_SUFFIXES, suffix)) return { base: 2, exponent: BINARY_SUFFIXES[suffix], format: 'BinarySI' };
  if (suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E') && /^[+-]?\d+$/.test(suffix.slice(1))) {
    const exponent = Number(suffix.slice(1));
    // Go would wrap such an exponent around int32; refusing it keeps `1e999999999` from freezing the tab.
    return Math.abs(exponent) > 1000 ? undefined : { base: 10, exponent, format: 'DecimalExponent' };
  }
  return undefined;
}

/** Go keeps the input text when the fast int64 path sees it is already canonical. */
function keepsText(num: string, denom: string, s: Suffix): boolean {
  const digits = BigInt(num + denom);
  if (s.format === 'BinarySI') {
    const precision = 15 - num.length - Math.trunc((s.exponent * 3) / 10) - 1;
    return denom === '' && precision >= 0 && (digits << BigInt(s.exponent)) <= MAX_INT64 && (digits & 7n) !== 0n;
  }
  const shifted = num + denom;
  const scale = s.exponent - denom.length;
  return 18 - shifted.length >= 0 && scale >= -9 && scale % 3 === 0 && !shifted.endsWith('000') && shifted[0] !== '0';
}

/** resource.ParseQuantity. Throws QuantityError with apimachinery's message. */
export function parseQuantity(input: string): Quantity {
  // Quantity.UnmarshalJSON trims before parsing, and manifests always arrive as JSON.
  const str = input.trim();
  if (str === '') throw new QuantityError(QUANTITY_FORMAT_ERROR);
  if (str === '0') return { nanos: 0n, format: 'DecimalSI', text: str };
  const m = /^([+-]?)0*([0-9]*)(?:\.([0-9]*))?([eEinumkKMGTP]*[-+]?[0-9]*)$/.exec(str);
  if (!m) throw new QuantityError(QUANTITY_FORMAT_ERROR);
  const [, sign, numDigits, denom = '', suffixText] = m;
  const num = numDigits || '0';
  const suffix = interpretSuffix(suffixText);
  if (!suffix) throw new QuantityError(QUANTITY_SUFFIX_ERROR);
  const digits = BigInt(num + denom);
  let magnitude: bigint;
  if (suffix.base === 10) {
    const e = suffix.exponent - denom.length + 9;
    magnitude = e >= 0 ? digits * pow10(e) : divRoundUp(digits, pow10(-e));
  } else {
    magnitude = divRoundUp(digits * (1n << BigInt(suffix.exponent)) * NANO, pow10(denom.length));
  }
  let format = suffix.format;
  if (format === 'BinarySI') {
    if (magnitude > MAX_INT64 * NANO) magnitude = MAX_INT64 * NANO;
    if (magnitude > 0n && magnitude < NANO) format = 'DecimalSI';
  }
  const nanos = sign === '-' ? -magnitude : magnitude;
  return keepsText(num, denom, suffix) ? { nanos, format, text: str } : { nanos, format };
}

/** Accepts what manifests hold: a string, or a bare JSON number (`cpu: 2`). */
export function toQuantity(q: Quantity | string | number): Quantity {
  if (typeof q === 'object') return q;
  return parseQuantity(typeof q === 'number' ? String(q) : q);
}

/** Quantity.String(): the canonical form, or the original text Go would have cached. */
export function formatQuantity(input: Quantity | string | number): string {
  const q = toQuantity(input);
  if (q.text !== undefined) return q.text;
  if (q.nanos === 0n) return '0';
  const sign = q.nanos < 0n ? '-' : '';
  const magnitude = abs(q.nanos);
  let format = q.format;
  if (format === 'BinarySI' && (magnitude < 1024n * NANO || magnitude % NANO !== 0n)) format = 'DecimalSI';
  if (format === 'BinarySI') {
    let units = magnitude / NANO;
    let exp = 0;
    while (units % 1024n === 0n && exp < BINARY_BY_EXPONENT.length - 1) {
      units /= 1024n;
      exp++;
    }
    return `${sign}${units}${BINARY_BY_EXPONENT[exp]}`;
  }
  let mantissa = magnitude;
  let exponent = -9;
  while (mantissa % 10n === 0n) {
    mantissa /= 10n;
    exponent++;
  }
  // Exponents are kept multiples of three (milli, kilo …), moving digits into the mantissa.
  const aligned = Math.floor(exponent / 3) * 3;
  mantissa *= pow10(exponent - aligned);
  exponent = aligned;
  if (format === 'DecimalExponent') return `${sign}${mantissa}${exponent === 0 ? '' : `e${exponent}`}`;
  if (exponent > 18) {
    mantissa *= pow10(exponent - 18);
    exponent = 18;
  }
  return `${sign}${mantissa}${DECIMAL_BY_EXPONENT.get(exponent)}`;
}

export function compareQuantities(a: Quantity | string | number, b: Quantity | string | number): -1 | 0 | 1 {
  const [x, y] = [toQuantity(a).nanos, toQuantity(b).nanos];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Quantity.Add: the result keeps the left format, unless the left side is zero. */
export function addQuantities(a: Quantity | string | number, b: Quantity | string | number): Quantity {
  const [x, y] = [toQuantity(a), toQuantity(b)];
  return { nanos: x.nanos + y.nanos, format: x.nanos === 0n ? y.format : x.format };
}

export function subtractQuantities(a: Quantity | string | number, b: Quantity | string | number): Quantity {
  const [x, y] = [toQuantity(a), toQuantity(b)];
  return { nanos: x.nanos - y.nanos, format: x.nanos === 0n ? y.format : x.format };
}

/** resource.NewMilliQuantity(m, DecimalSI): how CPU sums and usages are built. */
export function quantityFromMillis(millis: number): Quantity {
  return { nanos: BigInt(Math.round(millis)) * 1_000_000n, format: 'DecimalSI' };
}

/** resource.NewQuantity(n, format): BinarySI for memory, DecimalSI for counts like pods. */
export function quantityFromValue(value: number, format: QuantityFormat = 'BinarySI'): Quantity {
  return { nanos: BigInt(Math.round(value)) * NANO, format };
}

/** Quantity.MilliValue(): rounds up, so `0.1m` of CPU is 1 millicore. */
export function milliValue(q: Quantity | string | number): number {
  return Number(divRoundUp(toQuantity(q).nanos, 1_000_000n));
}

/** Quantity.Value(): rounds up, so `0.5` bytes is 1 byte. */
export function value(q: Quantity | string | number): number {
  return Number(divRoundUp(toQuantity(q).nanos, NANO));
}

/** CPU in millicores (`100m` → 100, `2` → 2000); an absent request counts as 0. */
export function cpuMillis(q: Quantity | string | number | undefined): number {
  return q === undefined ? 0 : milliValue(q);
}

/** Memory (or any byte-valued resource) in bytes (`128Mi` → 134217728); absent counts as 0. */
export function memoryBytes(q: Quantity | string | number | undefined): number {
  return q === undefined ? 0 : value(q);
}

/** Whether a string parses, for validation that reports its own field error. */
export function isValidQuantity(s: string): boolean {
  try {
    parseQuantity(s);
    return true;
  } catch {
    return false;
  }
}
