import { describe, expect, it } from 'vitest';
import { parseKeys, type Key } from './keys';

const k = (name: string): Key => ({ type: 'key', name } as Key);
const t = (text: string): Key => ({ type: 'text', text });

describe('parseKeys', () => {
  const cases: { name: string; data: string; want: Key[] }[] = [
    { name: 'typed text', data: 'kubectl', want: [t('kubectl')] },
    { name: 'arrows', data: '\x1b[A\x1b[B\x1b[C\x1b[D', want: [k('up'), k('down'), k('right'), k('left')] },
    { name: 'Home and End in both encodings', data: '\x1b[H\x1bOF\x1b[1~\x1b[4~', want: [k('home'), k('end'), k('home'), k('end')] },
    { name: 'readline control keys', data: '\x01\x05\x15\x17\x0b\x0c\x03', want: [k('home'), k('end'), k('killLineBefore'), k('killWordBefore'), k('killLineAfter'), k('clearScreen'), k('interrupt')] },
    { name: 'backspace, delete and tab', data: '\x7f\x1b[3~\t', want: [k('backspace'), k('delete'), k('tab')] },
    { name: 'a multi-line paste', data: 'cat <<EOF\rhello\rEOF\r', want: [t('cat <<EOF'), k('enter'), t('hello'), k('enter'), t('EOF'), k('enter')] },
    { name: 'CRLF line endings are one Enter', data: 'a\r\nb', want: [t('a'), k('enter'), t('b')] },
    { name: 'unknown escape sequences are dropped', data: 'a\x1b[15~b', want: [t('a'), t('b')] },
  ];
  it.each(cases)('$name', ({ data, want }) => {
    expect(parseKeys(data)).toEqual(want);
  });
});
