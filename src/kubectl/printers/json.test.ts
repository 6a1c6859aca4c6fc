/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { toJson } from './json';

const goldens = import.meta.glob('./testdata/*.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

describe('toJson', () => {
  it('has goldens', () => {
    expect(Object.keys(goldens).length).toBeGreaterThanOrEqual(2);
  });

  it.each(Object.entries(goldens))('keeps Go struct order when asked: %s', (_file, golden) => {
    expect(toJson(JSON.parse(golden), { sortKeys: false })).toBe(golden);
  });

  it.each([
    ['sorted keys by default', { b: 1, a: [true, null] }, '{\n    "a": [\n        true,\n        null\n    ],\n    "b": 1\n}\n'],
    ['control characters', { s: '\u0001\t' }, '{\n    "s": "\\u0001\\t"\n}\n'],
    ['empty object', {}, '{}\n'],
  ])('%s', (_name, value, want) => {
    expect(toJson(value)).toBe(want);
  });
});
