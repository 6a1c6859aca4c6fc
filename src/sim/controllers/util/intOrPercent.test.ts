import { describe, expect, it } from 'vitest';
import { getScaledValueFromIntOrPercent } from './intOrPercent';

describe('getScaledValueFromIntOrPercent', () => {
  it.each([
    { value: 2, total: 10, roundUp: true, want: 2 },
    { value: '25%', total: 3, roundUp: true, want: 1 },
    { value: '25%', total: 3, roundUp: false, want: 0 },
    { value: '25%', total: 4, roundUp: false, want: 1 },
    { value: '100%', total: 7, roundUp: false, want: 7 },
    { value: '0%', total: 7, roundUp: true, want: 0 },
  ])('$value of $total (roundUp $roundUp) is $want', ({ value, total, roundUp, want }) => {
    expect(getScaledValueFromIntOrPercent(value, total, roundUp)).toBe(want);
  });

  it.each([
    { value: '25', error: 'invalid value for IntOrString: invalid type: string is not a percentage' },
    { value: 'x%', error: 'invalid value "x%": strconv.Atoi: parsing "x": invalid syntax' },
  ])('rejects $value', ({ value, error }) => {
    expect(() => getScaledValueFromIntOrPercent(value, 10, true)).toThrow(error);
  });
});
