import { describe, expect, it } from 'vitest';
import { applyJsonPatch } from './jsonPatch';
import { PatchError } from './patchError';

describe('applyJsonPatch: RFC 6902 appendix A', () => {
  const cases: [string, object, unknown[], object][] = [
    ['A.1 add an object member', { foo: 'bar' }, [{ op: 'add', path: '/baz', value: 'qux' }], { baz: 'qux', foo: 'bar' }],
    ['A.2 add an array element', { foo: ['bar', 'baz'] }, [{ op: 'add', path: '/foo/1', value: 'qux' }], { foo: ['bar', 'qux', 'baz'] }],
    ['A.3 remove an object member', { baz: 'qux', foo: 'bar' }, [{ op: 'remove', path: '/baz' }], { foo: 'bar' }],
    ['A.4 remove an array element', { foo: ['bar', 'qux', 'baz'] }, [{ op: 'remove', path: '/foo/1' }], { foo: ['bar', 'baz'] }],
    ['A.5 replace a value', { baz: 'qux', foo: 'bar' }, [{ op: 'replace', path: '/baz', value: 'boo' }], { baz: 'boo', foo: 'bar' }],
    [
      'A.6 move a value',
      { foo: { bar: 'baz', waldo: 'fred' }, qux: { corge: 'grault' } },
      [{ op: 'move', from: '/foo/waldo', path: '/qux/thud' }],
      { foo: { bar: 'baz' }, qux: { corge: 'grault', thud: 'fred' } },
    ],
    ['A.7 move an array element', { foo: ['all', 'grass', 'cows', 'eat'] }, [{ op: 'move', from: '/foo/1', path: '/foo/3' }], { foo: ['all', 'cows', 'eat', 'grass'] }],
    [
      'A.8 test a value',
      { baz: 'qux', foo: ['a', 2, 'c'] },
      [
        { op: 'test', path: '/baz', value: 'qux' },
        { op: 'test', path: '/foo/1', value: 2 },
      ],
      { baz: 'qux', foo: ['a', 2, 'c'] },
    ],
    ['A.10 add a nested member object', { foo: 'bar' }, [{ op: 'add', path: '/child', value: { grandchild: {} } }], { foo: 'bar', child: { grandchild: {} } }],
    ['A.14 ~ escape ordering', { '/': 9, '~1': 10 }, [{ op: 'test', path: '/~01', value: 10 }], { '/': 9, '~1': 10 }],
    ['A.16 append with -', { foo: ['bar'] }, [{ op: 'add', path: '/foo/-', value: ['abc', 'def'] }], { foo: ['bar', ['abc', 'def']] }],
    ['copy', { a: { b: 1 } }, [{ op: 'copy', from: '/a', path: '/c' }], { a: { b: 1 }, c: { b: 1 } }],
    ['replace on a missing key adds it (json-patch v4)', { spec: {} }, [{ op: 'replace', path: '/spec/replicas', value: 3 }], { spec: { replicas: 3 } }],
    ['negative index counts from the end', { l: [1, 2, 3] }, [{ op: 'remove', path: '/l/-1' }], { l: [1, 2] }],
    ['add a label with a slash', { metadata: { labels: {} } }, [{ op: 'add', path: '/metadata/labels/app.kubernetes.io~1name', value: 'web' }], { metadata: { labels: { 'app.kubernetes.io/name': 'web' } } }],
  ];
  it.each(cases)('%s', (_name, doc, patch, want) => {
    expect(applyJsonPatch(doc, patch)).toEqual(want);
  });

  it('leaves the document alone', () => {
    const doc = { foo: ['bar'] };
    applyJsonPatch(doc, [{ op: 'add', path: '/foo/-', value: 'x' }]);
    expect(doc).toEqual({ foo: ['bar'] });
  });
});

describe('applyJsonPatch failures', () => {
  const doc = { spec: { replicas: 1, containers: [{ name: 'a' }] } };
  const cases: [string, unknown, string, string][] = [
    ['A.9 failed test', [{ op: 'test', path: '/spec/replicas', value: 3 }], 'testing value /spec/replicas failed: test failed', 'Invalid'],
    ['test of a missing value', [{ op: 'test', path: '/spec/paused', value: true }], 'testing value /spec/paused failed: test failed', 'Invalid'],
    ['add under a missing parent', [{ op: 'add', path: '/spec/foo/bar', value: 1 }], 'add operation does not apply: doc is missing path: "/spec/foo/bar": missing value', 'Invalid'],
    ['remove a missing key', [{ op: 'remove', path: '/spec/x' }], "error in remove for path: '/spec/x': Unable to remove nonexistent key: x: missing value", 'Invalid'],
    ['replace past the end', [{ op: 'replace', path: '/spec/containers/5', value: {} }], 'replace operation does not apply: doc is missing key: /spec/containers/5: missing value', 'Invalid'],
    ['replace under a missing parent', [{ op: 'replace', path: '/spec/x/y', value: 1 }], 'replace operation does not apply: doc is missing path: /spec/x/y: missing value', 'Invalid'],
    [
      'add at a bad index',
      [{ op: 'add', path: '/spec/containers/x', value: {} }],
      `error in add for path: '/spec/containers/x': value was not a proper array index: 'x': strconv.Atoi: parsing "x": invalid syntax`,
      'Invalid',
    ],
    ['add past the end', [{ op: 'add', path: '/spec/containers/3', value: {} }], "error in add for path: '/spec/containers/3': Unable to access invalid index: 3: invalid index referenced", 'Invalid'],
    ['move from nowhere', [{ op: 'move', from: '/a/b', path: '/c' }], 'move operation does not apply: doc is missing from path: /a/b: missing value', 'Invalid'],
    ['unknown op', [{ op: 'frobnicate', path: '/a' }], 'Unexpected kind: frobnicate: unknown object type', 'Invalid'],
    ['missing path', [{ op: 'add', value: 1 }], 'add operation failed to decode path: missing value', 'Invalid'],
    ['not a list', { op: 'add' }, 'json: cannot unmarshal object into Go value of type jsonpatch.Patch', 'BadRequest'],
  ];
  it.each(cases)('%s', (_name, patch, message, failure) => {
    let caught: unknown;
    try {
      applyJsonPatch(doc, patch);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PatchError);
    expect((caught as PatchError).message).toBe(message);
    expect((caught as PatchError).failure).toBe(failure);
  });

  it('applies nothing when one operation fails', () => {
    const d = { a: 1 };
    expect(() => applyJsonPatch(d, [{ op: 'replace', path: '/a', value: 2 }, { op: 'test', path: '/a', value: 1 }])).toThrow(PatchError);
    expect(d).toEqual({ a: 1 });
  });
});
