/**
 * Redraws the prompt and the line being edited after each key, so editing in the middle of a
 * line that wraps over several rows looks right. It tracks rows itself because xterm only
 * moves the cursor where it is told to.
 */

/** The visible width of a string that may carry colour codes. */
export function visibleLength(s: string): number {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').length;
}

interface Position {
  row: number;
  col: number;
}

/**
 * Where each offset of `text` lands after `prompt`, with lines wrapping at `cols`. A line that
 * fills the last column leaves the cursor there ("pending wrap") until the next character.
 */
export function layout(promptWidth: number, text: string, cols: number, continuationWidth: number): Position[] {
  const out: Position[] = [];
  let row = Math.floor(promptWidth / cols);
  let col = promptWidth % cols;
  for (let i = 0; i <= text.length; i++) {
    out.push({ row, col });
    if (i === text.length) break;
    if (text[i] === '\n') {
      // Drawn as CR LF, which also ends a pending wrap: always exactly one row down.
      row++;
      col = continuationWidth;
      continue;
    }
    if (col === cols) {
      row++;
      col = 0;
    }
    col++;
  }
  return out;
}

function moveRows(delta: number): string {
  if (delta > 0) return `\x1b[${delta}B`;
  if (delta < 0) return `\x1b[${-delta}A`;
  return '';
}

function toColumn(col: number): string {
  return col > 0 ? `\r\x1b[${col}C` : '\r';
}

export interface Drawn {
  /** The cursor row relative to the prompt's first row, after the draw. */
  cursorRow: number;
}

/**
 * The bytes that redraw `prompt` + `text` from scratch with the cursor at `cursor`, given the
 * cursor currently sits `fromRow` rows below the prompt's first row.
 */
export function redraw(fromRow: number, prompt: string, text: string, cursor: number, cols: number, continuation = '> '): { bytes: string; drawn: Drawn } {
  const positions = layout(visibleLength(prompt), text, cols, visibleLength(continuation));
  const end = positions[text.length];
  let bytes = moveRows(-fromRow) + '\r\x1b[J' + prompt + text.replace(/\n/g, `\r\n${continuation}`);
  let endRow = end.row;
  if (end.col === cols) {
    // Leave the pending-wrap state so the cursor's row is known.
    bytes += '\r\n';
    endRow++;
  }
  const target = positions[cursor];
  const targetRow = target.col === cols ? target.row + 1 : target.row;
  const targetCol = target.col === cols ? 0 : target.col;
  const endCol = end.col === cols ? 0 : end.col;
  if (targetRow !== endRow || targetCol !== endCol) bytes += moveRows(targetRow - endRow) + toColumn(targetCol);
  return { bytes, drawn: { cursorRow: targetRow } };
}
