import { describe, expect, it } from 'vitest';
import { addQuantities, canonicalQuantity, parseQuantity, quantityMilliValue, quantityValue, formatQuantity } from './quantity';

describe('canonicalQuantity', () => {
  it.each([
    ['100m', '100m'],
    ['0.5', '500m'],
    ['2000m', '2'],
    ['1.5', '1500m'],
    ['128Mi', '128Mi'],
    ['1.5Gi', '1536Mi'],
    ['1024Ki', '1Mi'],
    ['1536', '1536'],
    ['100000', '100k'],
    ['1500000', '1500k'],
    ['1e3', '1e3'],
    ['0', '0'],
    ['4', '4'],
    ['16374792Ki', '16374792Ki'],
  ])('%s → %s', (text, want) => {
    expect(canonicalQuantity(text)).toBe(want);
  });
});

describe('arithmetic', () => {
  it('sums keep the first format', () => {
    expect(formatQuantity(addQuantities(parseQuantity('100m'), parseQuantity('250m')))).toBe('350m');
    expect(formatQuantity(addQuantities(parseQuantity('70Mi'), parseQuantity('170Mi')))).toBe('240Mi');
  });

  it.each([
    ['2', 2000, 2],
    ['250m', 250, 1],
    ['1Gi', 1073741824000, 1073741824],
  ])('%s values', (text, milli, value) => {
    expect(quantityMilliValue(parseQuantity(text))).toBe(milli);
    expect(quantityValue(parseQuantity(text))).toBe(value);
  });
});
