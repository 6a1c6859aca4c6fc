import { describe, expect, it } from 'vitest';
import { canonicalJSON, computeHash, safeEncodeString } from './podTemplateHash';

const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } };

describe('safeEncodeString', () => {
  it.each([
    { input: '0123456789', want: '456789bcdf' },
    { input: '3735928559', want: '7c79f6d99f' },
    { input: 'abc', want: 'vwx' },
  ])('maps $input to $want', ({ input, want }) => expect(safeEncodeString(input)).toBe(want));
});

describe('computeHash', () => {
  it('renders the 32-bit sum in the safe alphabet, like 7d4b9c8f5b', () => {
    expect(computeHash(template)).toMatch(/^[456789bcdf]{1,10}$/);
  });

  it.each([
    { name: 'key order does not matter', other: { spec: { containers: [{ image: 'nginx:1.27', name: 'web' }] }, metadata: { labels: { app: 'web' } } }, same: true },
    { name: 'a different image changes it', other: { ...template, spec: { containers: [{ name: 'web', image: 'nginx:1.28' }] } }, same: false },
    { name: 'a different label changes it', other: { ...template, metadata: { labels: { app: 'api' } } }, same: false },
  ])('$name', ({ other, same }) => {
    expect(computeHash(other) === computeHash(template)).toBe(same);
  });

  it('changes with the collision count, and count 0 differs from none', () => {
    const hashes = new Set([computeHash(template), computeHash(template, 0), computeHash(template, 1), computeHash(template, 2)]);
    expect(hashes.size).toBe(4);
  });
});

describe('canonicalJSON', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(canonicalJSON({ b: 1, a: { d: [2, { z: 1, y: undefined }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"z":1}]},"b":1}');
  });
});
