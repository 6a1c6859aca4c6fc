import { describe, expect, it } from 'vitest';
import {
  QUANTITY_FORMAT_ERROR,
  QUANTITY_SUFFIX_ERROR,
  addQuantities,
  compareQuantities,
  cpuMillis,
  formatQuantity,
  isValidQuantity,
  memoryBytes,
  parseQuantity,
  quantityFromMillis,
  quantityFromValue,
  subtractQuantities,
} from './quantity';

describe('parse and print like Quantity.String()', () => {
  const cases: [string, string, string][] = [
    ['millicores', '100m', '100m'],
    ['fraction becomes milli', '0.5', '500m'],
    ['integer', '2', '2'],
    ['whole milli collapses', '1000m', '1'],
    ['1.5 cores', '1.5', '1500m'],
    ['2000m', '2000m', '2'],
    ['mebibytes', '128Mi', '128Mi'],
    ['1024Mi is 1Gi', '1024Mi', '1Gi'],
    ['fractional Gi', '1.5Gi', '1536Mi'],
    ['decimal SI', '1G', '1G'],
    ['1000 is 1k', '1000', '1k'],
    ['exponent', '1e3', '1e3'],
    ['upper-case exponent kept as written', '1E3', '1E3'],
    ['non-canonical exponent', '1.5e3', '1500'],
    ['kibibytes', '500Ki', '500Ki'],
    ['small binary prints decimal', '0.5Ki', '512'],
    ['zero', '0', '0'],
    ['zero with suffix', '0Mi', '0'],
    ['micro', '0.1m', '100u'],
    ['below nano rounds up', '0.1n', '1n'],
    ['negative', '-1', '-1'],
    ['mega exponent', '12e6', '12e6'],
    ['surrounding spaces', ' 1Gi ', '1Gi'],
  ];
  it.each(cases)('%s: %s → %s', (_name, input, printed) => {
    expect(formatQuantity(input)).toBe(printed);
  });

  it('prints numbers from manifests', () => {
    expect(formatQuantity(2)).toBe('2');
    expect(formatQuantity(0.25)).toBe('250m');
  });
});

describe('invalid quantities', () => {
  const cases: [string, string][] = [
    ['', QUANTITY_FORMAT_ERROR],
    ['abc', QUANTITY_FORMAT_ERROR],
    ['1.2.3', QUANTITY_FORMAT_ERROR],
    ['1Mb', QUANTITY_FORMAT_ERROR],
    ['1 Gi', QUANTITY_FORMAT_ERROR],
    ['1MM', QUANTITY_SUFFIX_ERROR],
    ['1ki', QUANTITY_SUFFIX_ERROR],
    ['1e', QUANTITY_SUFFIX_ERROR],
  ];
  it.each(cases)('%j', (input, message) => {
    expect(() => parseQuantity(input)).toThrow(message);
    expect(isValidQuantity(input)).toBe(false);
  });

  it('names the regular expression', () => {
    expect(QUANTITY_FORMAT_ERROR).toBe("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
  });
});

describe('values for the scheduler and describe', () => {
  const cpu: [string | number | undefined, number][] = [
    ['100m', 100],
    ['0.5', 500],
    ['2', 2000],
    [1, 1000],
    ['0.1m', 1],
    [undefined, 0],
  ];
  it.each(cpu)('cpuMillis(%j) = %d', (q, want) => {
    expect(cpuMillis(q)).toBe(want);
  });

  const memory: [string | number | undefined, number][] = [
    ['128Mi', 134217728],
    ['1Gi', 1073741824],
    ['1G', 1_000_000_000],
    ['1k', 1000],
    ['500Ki', 512000],
    ['1e3', 1000],
    ['0.5', 1],
    [undefined, 0],
  ];
  it.each(memory)('memoryBytes(%j) = %d', (q, want) => {
    expect(memoryBytes(q)).toBe(want);
  });
});

describe('arithmetic', () => {
  const sums: [string, string, string][] = [
    ['100m', '650m', '750m'],
    ['70Mi', '100Mi', '170Mi'],
    ['0', '1Gi', '1Gi'],
    ['1', '500m', '1500m'],
  ];
  it.each(sums)('%s + %s = %s', (a, b, want) => {
    expect(formatQuantity(addQuantities(a, b))).toBe(want);
  });

  it('subtracts and compares', () => {
    expect(formatQuantity(subtractQuantities('1Gi', '512Mi'))).toBe('512Mi');
    expect(compareQuantities('1Gi', '1024Mi')).toBe(0);
    expect(compareQuantities('500m', '1')).toBe(-1);
    expect(compareQuantities('2', '1999m')).toBe(1);
  });

  it('builds quantities from numbers', () => {
    expect(formatQuantity(quantityFromMillis(250))).toBe('250m');
    expect(formatQuantity(quantityFromMillis(3000))).toBe('3');
    expect(formatQuantity(quantityFromValue(1610612736))).toBe('1536Mi');
    expect(formatQuantity(quantityFromValue(110, 'DecimalSI'))).toBe('110');
  });
});
