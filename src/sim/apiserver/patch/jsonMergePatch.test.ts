import { describe, expect, it } from 'vitest';
import { applyMergePatch, createMergePatch } from './jsonMergePatch';

describe('applyMergePatch: RFC 7386 appendix A', () => {
  const cases: [unknown, unknown, unknown][] = [
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [['a', 'b'], ['c', 'd'], ['c', 'd']],
    [{ a: 'b' }, ['c'], ['c']],
    [{ a: 'foo' }, null, null],
    [{ a: 'foo' }, 'bar', 'bar'],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: 'b', c: null }, { a: 'b' }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ];
  it.each(cases)('%j + %j', (target, patch, want) => {
    expect(applyMergePatch(target, patch)).toEqual(want);
  });

  it('does not mutate its inputs', () => {
    const target = { a: { b: 1 } };
    const patch = { a: { c: 2 } };
    const out = applyMergePatch(target, patch) as { a: Record<string, number> };
    out.a.c = 3;
    expect(target).toEqual({ a: { b: 1 } });
    expect(patch).toEqual({ a: { c: 2 } });
  });
});

describe('createMergePatch', () => {
  const cases: [string, object, object, object][] = [
    ['changed value', { a: 1, b: 2 }, { a: 1, b: 3 }, { b: 3 }],
    ['removed key is null', { a: 1, b: 2 }, { a: 1 }, { b: null }],
    ['nested', { m: { x: 1, y: 2 } }, { m: { x: 1, z: 3 } }, { m: { y: null, z: 3 } }],
    ['arrays whole', { l: [1, 2] }, { l: [1, 2, 3] }, { l: [1, 2, 3] }],
    ['identical', { l: [{ a: 1 }] }, { l: [{ a: 1 }] }, {}],
  ];
  it.each(cases)('%s', (_name, original, modified, want) => {
    expect(createMergePatch(original as never, modified as never)).toEqual(want);
    expect(applyMergePatch(original, createMergePatch(original as never, modified as never))).toEqual(modified);
  });
});
