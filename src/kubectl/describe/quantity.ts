/**
 * resource.Quantity as describe prints it: parsed exactly (in nano-units), summed, and
 * written back in canonical form (`500m`, `128Mi`, `1536Mi`, `100k`), keeping the format
 * (binary or decimal SI) of the first operand as Go's Quantity.Add does.
 */

export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

export interface Quantity {
  /** Value × 10^9. */
  nanos: bigint;
  format: QuantityFormat;
}

const NANO = 1_000_000_000n;
const BINARY: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const DECIMAL_SUFFIX = new Map(Object.entries(DECIMAL).map(([s, e]) => [e, s]));
const BINARY_SUFFIX = new Map(Object.entries(BINARY).map(([s, e]) => [e, s]));

export const ZERO: Quantity = { nanos: 0n, format: 'DecimalSI' };

export function parseQuantity(text: string | number | undefined): Quantity {
  if (text === undefined) return ZERO;
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(.*)$/.exec(String(text).trim());
  if (!m) return ZERO;
  const [, sign, whole, fraction = '', suffix] = m;
  const digits = BigInt((whole || '0') + fraction);
  let scale = -fraction.length;
  let multiplier = 1n;
  let format: QuantityFormat = 'DecimalSI';
  if (suffix in BINARY) {
    format = 'BinarySI';
    multiplier = 1024n ** BigInt(BINARY[suffix]);
  } else if (/^[eE][+-]?\d+$/.test(suffix)) {
    format = 'DecimalExponent';
    scale += Number(suffix.slice(1));
  } else if (suffix in DECIMAL) {
    scale += DECIMAL[suffix];
  }
  let nanos = digits * multiplier;
  const shift = scale + 9;
  // Go rounds sub-nano precision up; describe never sees such values.
  nanos = shift >= 0 ? nanos * 10n ** BigInt(shift) : ceilDiv(nanos, 10n ** BigInt(-shift));
  return { nanos: sign === '-' ? -nanos : nanos, format };
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return a % b === 0n ? a / b : a / b + 1n;
}

export function addQuantities(a: Quantity, b: Quantity): Quantity {
  return { nanos: a.nanos + b.nanos, format: a.format };
}

/** Quantity.Value(): whole units, rounded up. */
export function quantityValue(q: Quantity): number {
  return Number(q.nanos >= 0n ? ceilDiv(q.nanos, NANO) : q.nanos / NANO);
}

/** Quantity.MilliValue(): thousandths, rounded up. */
export function quantityMilliValue(q: Quantity): number {
  return Number(q.nanos >= 0n ? ceilDiv(q.nanos, 1_000_000n) : q.nanos / 1_000_000n);
}

export function formatQuantity(q: Quantity): string {
  if (q.nanos === 0n) return '0';
  const negative = q.nanos < 0n;
  const abs = negative ? -q.nanos : q.nanos;
  const sign = negative ? '-' : '';
  const wholeUnits = abs % NANO === 0n;
  if (q.format === 'BinarySI' && wholeUnits && abs >= 1024n * NANO) {
    let amount = abs / NANO;
    let exponent = 0;
    while (amount % 1024n === 0n && exponent < 6) {
      amount /= 1024n;
      exponent++;
    }
    return `${sign}${amount}${BINARY_SUFFIX.get(exponent) ?? ''}`;
  }
  // Canonical decimal: an integer mantissa with an exponent that is a multiple of 3.
  let mantissa = abs;
  let exponent = -9;
  while (mantissa % 1000n === 0n && exponent < 18) {
    mantissa /= 1000n;
    exponent += 3;
  }
  if (q.format === 'DecimalExponent') return `${sign}${mantissa}${exponent === 0 ? '' : `e${exponent}`}`;
  return `${sign}${mantissa}${DECIMAL_SUFFIX.get(exponent) ?? ''}`;
}

/** The canonical spelling of a quantity string, as the API server stores it. */
export function canonicalQuantity(text: string | number | undefined): string {
  return formatQuantity(parseQuantity(text));
}
