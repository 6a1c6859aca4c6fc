/// <reference types="vite/client" />
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatNumber, toYaml } from './emitter';

// Recorded with kubectl v1.32 (`create … --dry-run=client -o yaml`); see testdata/README.md.
const goldens = import.meta.glob('../testdata/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

describe('toYaml reproduces kubectl -o yaml byte for byte', () => {
  it('has goldens', () => {
    expect(Object.keys(goldens).length).toBeGreaterThanOrEqual(8);
  });

  it.each(Object.entries(goldens))('%s', (_file, golden) => {
    expect(toYaml(parse(golden))).toBe(golden);
  });
});

describe('toYaml scalars', () => {
  it.each([
    ['number-like string is double-quoted', { v: '80' }, 'v: "80"\n'],
    ['YAML 1.1 bool word', { v: 'yes' }, 'v: "yes"\n'],
    ['indicator first char is single-quoted', { v: '*' }, "v: '*'\n"],
    ['timestamps are quoted', { t: '2024-05-01T12:00:00Z' }, 't: "2024-05-01T12:00:00Z"\n'],
    ['base-60 float', { v: '1:20' }, 'v: "1:20"\n'],
    ['colon without space stays plain', { v: 'a:b' }, 'v: a:b\n'],
    ['image with tag', { image: 'nginx:1.25' }, 'image: nginx:1.25\n'],
    ['trailing colon', { v: 'a:' }, "v: 'a:'\n"],
    ['hash after space', { v: 'a #b' }, "v: 'a #b'\n"],
    ['single quote doubled', { v: "'x" }, "v: '''x'\n"],
    ['emoji is escaped', { v: 'hi 😀' }, 'v: "hi \\U0001F600"\n'],
    ['null', { v: null }, 'v: null\n'],
    ['booleans and numbers', { a: true, b: 3, c: 0.5 }, 'a: true\nb: 3\nc: 0.5\n'],
    ['empty collections', { a: {}, b: [] }, 'a: {}\nb: []\n'],
    ['key that resolves to bool', { y: 1 }, '"y": 1\n'],
    ['trailing newlines keep', { v: 'a\n\n' }, 'v: |+\n  a\n\n'],
    ['leading space literal', { v: ' a\nb' }, 'v: |2-\n   a\n  b\n'],
  ])('%s', (_name, value, want) => {
    expect(toYaml(value)).toBe(want);
  });
});

describe('toYaml collections', () => {
  it('sequences sit at their key; mappings in items start after the dash', () => {
    const value = { spec: { containers: [{ name: 'a', ports: [{ containerPort: 80 }], args: ['x', 'y'] }] } };
    expect(toYaml(value)).toBe(
      'spec:\n  containers:\n  - args:\n    - x\n    - "y"\n    name: a\n    ports:\n    - containerPort: 80\n',
    );
  });

  it('nested sequences', () => {
    expect(toYaml({ a: [[1, 2], []] })).toBe('a:\n- - 1\n  - 2\n- []\n');
  });

  it('orders keys the go-yaml way', () => {
    expect(Object.keys(parse(toYaml({ item10: 1, item9: 1, B: 1, a: 1, _x: 1, 'a-b': 1, ab: 1 })))).toEqual([
      '_x',
      'B',
      'a',
      'a-b',
      'ab',
      'item9',
      'item10',
    ]);
  });
});

describe('formatNumber', () => {
  it.each([
    [1, '1'],
    [0.25, '0.25'],
    [1234567.5, '1.2345675e+06'],
    [0.00001, '1e-05'],
    [-3, '-3'],
  ])('%s', (n, want) => {
    expect(formatNumber(n)).toBe(want);
  });
});
