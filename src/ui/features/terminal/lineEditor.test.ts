import { describe, expect, it } from 'vitest';
import type { KeyName } from './keys';
import { editLine, insertText, type LineState } from './lineEditor';

/** `|` marks the cursor. */
const at = (s: string): LineState => ({ text: s.replace('|', ''), cursor: s.indexOf('|') });
const show = (s: LineState | undefined) => (s ? s.text.slice(0, s.cursor) + '|' + s.text.slice(s.cursor) : undefined);

describe('editLine', () => {
  const cases: { name: string; before: string; key: KeyName; after: string | undefined }[] = [
    { name: 'left', before: 'ab|c', key: 'left', after: 'a|bc' },
    { name: 'left at the start stays', before: '|abc', key: 'left', after: '|abc' },
    { name: 'right at the end stays', before: 'abc|', key: 'right', after: 'abc|' },
    { name: 'home', before: 'ab|c', key: 'home', after: '|abc' },
    { name: 'end', before: 'a|bc', key: 'end', after: 'abc|' },
    { name: 'backspace', before: 'ab|c', key: 'backspace', after: 'a|c' },
    { name: 'backspace at the start', before: '|abc', key: 'backspace', after: '|abc' },
    { name: 'delete', before: 'a|bc', key: 'delete', after: 'a|c' },
    { name: 'Ctrl-U kills before the cursor', before: 'get po|ds', key: 'killLineBefore', after: '|ds' },
    { name: 'Ctrl-K kills after the cursor', before: 'get po|ds', key: 'killLineAfter', after: 'get po|' },
    { name: 'Ctrl-W kills the word before, and the spaces after it', before: 'kubectl get  |pods', key: 'killWordBefore', after: 'kubectl |pods' },
    { name: 'Alt-B goes to the start of the word', before: 'kubectl get po|ds', key: 'wordLeft', after: 'kubectl get |pods' },
    { name: 'Alt-F goes past the next word', before: 'kubectl| get pods', key: 'wordRight', after: 'kubectl get| pods' },
    { name: 'Enter is not an editing key', before: 'a|', key: 'enter', after: undefined },
  ];
  it.each(cases)('$name', ({ before, key, after }) => {
    expect(show(editLine(at(before), key))).toBe(after);
  });

  it('inserts at the cursor', () => {
    expect(show(insertText(at('kubectl |pods'), 'get '))).toBe('kubectl get |pods');
  });
});
