/**
 * The editable line under the prompt, as pure transitions: readline's keys (arrows, Home/End,
 * Ctrl-A/E/U/W/K, Alt-B/F) move the cursor or change the text. Keys that need the session
 * (Enter, Tab, ↑/↓, Ctrl-C, Ctrl-L) are left to it.
 */
import type { KeyName } from './keys';

export interface LineState {
  text: string;
  cursor: number;
}

export const EMPTY_LINE: LineState = { text: '', cursor: 0 };

export function insertText(s: LineState, text: string): LineState {
  return { text: s.text.slice(0, s.cursor) + text + s.text.slice(s.cursor), cursor: s.cursor + text.length };
}

/** Where the word before the cursor starts, skipping the spaces just before it (Ctrl-W, Alt-B). */
function wordStartBefore(text: string, cursor: number): number {
  let i = cursor;
  while (i > 0 && text[i - 1] === ' ') i--;
  while (i > 0 && text[i - 1] !== ' ') i--;
  return i;
}

function wordEndAfter(text: string, cursor: number): number {
  let i = cursor;
  while (i < text.length && text[i] === ' ') i++;
  while (i < text.length && text[i] !== ' ') i++;
  return i;
}

/** The line after an editing key, or undefined if `key` is not an editing key. */
export function editLine(s: LineState, key: KeyName): LineState | undefined {
  const { text, cursor } = s;
  switch (key) {
    case 'left':
      return { text, cursor: Math.max(0, cursor - 1) };
    case 'right':
      return { text, cursor: Math.min(text.length, cursor + 1) };
    case 'home':
      return { text, cursor: 0 };
    case 'end':
      return { text, cursor: text.length };
    case 'wordLeft':
      return { text, cursor: wordStartBefore(text, cursor) };
    case 'wordRight':
      return { text, cursor: wordEndAfter(text, cursor) };
    case 'backspace':
      return cursor === 0 ? s : { text: text.slice(0, cursor - 1) + text.slice(cursor), cursor: cursor - 1 };
    case 'delete':
      return { text: text.slice(0, cursor) + text.slice(cursor + 1), cursor };
    case 'killLineBefore':
      return { text: text.slice(cursor), cursor: 0 };
    case 'killLineAfter':
      return { text: text.slice(0, cursor), cursor };
    case 'killWordBefore': {
      const start = wordStartBefore(text, cursor);
      return { text: text.slice(0, start) + text.slice(cursor), cursor: start };
    }
    default:
      return undefined;
  }
}
