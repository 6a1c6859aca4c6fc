import { describe, expect, it } from 'vitest';
import { compareCount, describeCount } from './countSpec';

describe('compareCount', () => {
  it.each([
    { name: 'number means equal', actual: 3, spec: 3, want: true },
    { name: 'number unequal', actual: 2, spec: 3, want: false },
    { name: '>=', actual: 3, spec: '>= 3', want: true },
    { name: '>', actual: 3, spec: '> 3', want: false },
    { name: '<', actual: 1, spec: '<2', want: true },
    { name: '!=', actual: 0, spec: '!= 0', want: false },
    { name: 'bare string number', actual: 4, spec: '4', want: true },
  ])('$name', ({ actual, spec, want }) => {
    expect(compareCount(actual, spec)).toBe(want);
  });

  it('rejects nonsense', () => {
    expect(() => compareCount(1, 'lots')).toThrow(/invalid count/);
  });

  it('describes', () => {
    expect(describeCount('>= 3')).toBe('>= 3');
    expect(describeCount(2)).toBe('2');
  });
});
