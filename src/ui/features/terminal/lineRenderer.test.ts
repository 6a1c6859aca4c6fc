import { describe, expect, it } from 'vitest';
import { FakeScreen } from './fakeScreen';
import { redraw, visibleLength } from './lineRenderer';

/** Draws `text` once, then edits to `next`, as the session does; returns the screen. */
function drawTwice(cols: number, prompt: string, first: [string, number], next: [string, number]) {
  const screen = new FakeScreen(cols);
  const a = redraw(0, prompt, first[0], first[1], cols);
  screen.write(a.bytes);
  const b = redraw(a.drawn.cursorRow, prompt, next[0], next[1], cols);
  screen.write(b.bytes);
  return { screen, row: b.drawn.cursorRow };
}

describe('redraw', () => {
  const cases: { name: string; cols: number; first: [string, number]; next: [string, number]; text: string; cursor: [number, number] }[] = [
    { name: 'a short line', cols: 20, first: ['get', 3], next: ['get pods', 8], text: '$ get pods', cursor: [0, 10] },
    { name: 'the cursor in the middle', cols: 20, first: ['get pods', 8], next: ['get pods', 4], text: '$ get pods', cursor: [0, 6] },
    { name: 'a line wrapping onto a second row', cols: 10, first: ['abcdef', 6], next: ['abcdefghijkl', 12], text: '$ abcdefgh\nijkl', cursor: [1, 4] },
    { name: 'a line filling the row exactly', cols: 10, first: ['abc', 3], next: ['abcdefgh', 8], text: '$ abcdefgh', cursor: [1, 0] },
    { name: 'shrinking back from two rows', cols: 10, first: ['abcdefghijkl', 12], next: ['ab', 2], text: '$ ab', cursor: [0, 4] },
    { name: 'cursor moved onto the first row of a wrapped line', cols: 10, first: ['abcdefghijkl', 12], next: ['abcdefghijkl', 1], text: '$ abcdefgh\nijkl', cursor: [0, 3] },
    { name: 'a recalled multi-line command', cols: 20, first: ['', 0], next: ['cat <<EOF\nhi\nEOF', 16], text: '$ cat <<EOF\n> hi\n> EOF', cursor: [2, 5] },
  ];
  it.each(cases)('$name', ({ cols, first, next, text, cursor }) => {
    const { screen, row } = drawTwice(cols, '$ ', first, next);
    expect(screen.text()).toBe(text);
    expect([screen.row, screen.col]).toEqual(cursor);
    expect(row).toBe(cursor[0]);
  });

  it('measures prompts without their colour codes', () => {
    expect(visibleLength('\x1b[1;32m$ \x1b[0m')).toBe(2);
  });
});
