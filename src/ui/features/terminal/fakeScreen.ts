/**
 * A tiny terminal for tests: enough of VT100 (CR, LF, cursor up/down/forward, erase below,
 * clear, pending wrap at the last column) to check what the learner would see and where the
 * cursor is.
 */
export class FakeScreen {
  rows: string[] = [''];
  row = 0;
  col = 0;
  private pendingWrap = false;

  constructor(readonly cols = 80) {}

  write(data: string): void {
    for (let i = 0; i < data.length; i++) {
      const ch = data[i];
      if (ch === '\x1b') {
        // eslint-disable-next-line no-control-regex
        const m = /^\x1b\[([0-9;?]*)([A-Za-z])/.exec(data.slice(i));
        if (!m) continue;
        this.control(m[2], m[1]);
        i += m[0].length - 1;
      } else if (ch === '\r') {
        this.col = 0;
        this.pendingWrap = false;
      } else if (ch === '\n') {
        this.row++;
        this.pendingWrap = false;
      } else {
        this.put(ch);
      }
    }
  }

  text(): string {
    return this.rows.map((r) => r.trimEnd()).join('\n').trimEnd();
  }

  private put(ch: string): void {
    if (this.pendingWrap) {
      this.row++;
      this.col = 0;
      this.pendingWrap = false;
    }
    while (this.rows.length <= this.row) this.rows.push('');
    const line = this.rows[this.row].padEnd(this.col);
    this.rows[this.row] = line.slice(0, this.col) + ch + line.slice(this.col + 1);
    if (this.col === this.cols - 1) this.pendingWrap = true;
    else this.col++;
  }

  private control(final: string, params: string): void {
    const n = Number(params.split(';')[0]) || 1;
    this.pendingWrap = false;
    if (final === 'A') this.row = Math.max(0, this.row - n);
    else if (final === 'B') this.row += n;
    else if (final === 'C') this.col = Math.min(this.cols - 1, this.col + n);
    else if (final === 'H') [this.row, this.col] = [0, 0];
    else if (final === 'J' && params === '2') this.rows = [''];
    else if (final === 'J') {
      this.rows = this.rows.slice(0, this.row + 1);
      this.rows[this.row] = (this.rows[this.row] ?? '').slice(0, this.col);
    }
    while (this.rows.length <= this.row) this.rows.push('');
  }
}
