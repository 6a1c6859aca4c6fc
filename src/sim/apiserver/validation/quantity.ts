/**
 * Just enough of resource.Quantity to compare requests with limits: the value of `500m`, `1Gi`,
 * `2e3`. Strings that are not quantities fail at decoding in a real server, before validation.
 */
const QUANTITY = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;

const SUFFIX: Record<string, number> = {
  '': 1,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

export function parseQuantity(q: string | number): number | undefined {
  if (typeof q === 'number') return q;
  const m = QUANTITY.exec(q.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  if (Number.isNaN(n)) return undefined;
  const suffix = m[2];
  if (suffix in SUFFIX) return n * SUFFIX[suffix];
  const exp = /^[eE]([-+]?[0-9]+)$/.exec(suffix);
  return exp ? n * 10 ** Number(exp[1]) : undefined;
}
