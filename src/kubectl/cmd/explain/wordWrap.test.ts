import { describe, expect, it } from 'vitest';
import { indent, wrapString } from './wordWrap';

describe('wrapString (go-wordwrap)', () => {
  it.each([
    ['short text stays', 'a b c', 10, 'a b c'],
    ['breaks at the last space that fits', 'aaa bbb ccc', 7, 'aaa bbb\nccc'],
    ['a long word overflows instead of breaking', 'xxxxxxxxxxxx yy', 5, 'xxxxxxxxxxxx\nyy'],
    ['keeps existing newlines and blank lines', 'one\n\ntwo', 10, 'one\n\ntwo'],
    ['keeps double spaces inside a line', 'a  b', 10, 'a  b'],
    ['drops the space at a break', 'abc def', 3, 'abc\ndef'],
  ])('%s', (_name, text, limit, expected) => {
    expect(wrapString(text, limit)).toBe(expected);
  });
});

describe('indent', () => {
  it('pads every line, blank ones too', () => {
    expect(indent(2, 'a\n\nb\n')).toBe('  a\n  \n  b\n  ');
  });
});
