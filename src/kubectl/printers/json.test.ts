import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJson } from './json';

const testdata = join(__dirname, 'testdata');

describe('toJson', () => {
  it.each(['create-deployment.json', 'create-configmap.json'])('keeps Go struct order when asked: %s', (file) => {
    const golden = readFileSync(join(testdata, file), 'utf8');
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
