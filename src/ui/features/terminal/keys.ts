/**
 * Splits what xterm reports as typed (`onData`) into keys: runs of text, and the control bytes
 * and escape sequences of editing keys. A paste arrives as one long string and becomes text and
 * `enter` keys in order.
 */
export type KeyName =
  | 'enter'
  | 'backspace'
  | 'delete'
  | 'left'
  | 'right'
  | 'up'
  | 'down'
  | 'home'
  | 'end'
  | 'wordLeft'
  | 'wordRight'
  | 'tab'
  | 'interrupt'
  | 'eof'
  | 'killLineBefore'
  | 'killLineAfter'
  | 'killWordBefore'
  | 'clearScreen';

export type Key = { type: 'text'; text: string } | { type: 'key'; name: KeyName };

const SEQUENCES: [string, KeyName][] = [
  ['\x1b[1;5D', 'wordLeft'],
  ['\x1b[1;5C', 'wordRight'],
  ['\x1b[3~', 'delete'],
  ['\x1b[1~', 'home'],
  ['\x1b[4~', 'end'],
  ['\x1b[A', 'up'],
  ['\x1b[B', 'down'],
  ['\x1b[C', 'right'],
  ['\x1b[D', 'left'],
  ['\x1b[H', 'home'],
  ['\x1b[F', 'end'],
  ['\x1bOA', 'up'],
  ['\x1bOB', 'down'],
  ['\x1bOC', 'right'],
  ['\x1bOD', 'left'],
  ['\x1bOH', 'home'],
  ['\x1bOF', 'end'],
  ['\x1bb', 'wordLeft'],
  ['\x1bf', 'wordRight'],
];

const CONTROLS: Record<string, KeyName> = {
  '\r': 'enter',
  '\n': 'enter',
  '\x7f': 'backspace',
  '\b': 'backspace',
  '\t': 'tab',
  '\x01': 'home',
  '\x02': 'left',
  '\x03': 'interrupt',
  '\x04': 'eof',
  '\x05': 'end',
  '\x06': 'right',
  '\x0b': 'killLineAfter',
  '\x0c': 'clearScreen',
  '\x0e': 'down',
  '\x10': 'up',
  '\x15': 'killLineBefore',
  '\x17': 'killWordBefore',
};

export function parseKeys(data: string): Key[] {
  const keys: Key[] = [];
  let text = '';
  const flush = () => {
    if (text) keys.push({ type: 'text', text });
    text = '';
  };
  for (let i = 0; i < data.length; ) {
    if (data[i] === '\x1b') {
      const seq = SEQUENCES.find(([s]) => data.startsWith(s, i));
      flush();
      // Unknown sequences are dropped whole rather than typed as garbage.
      i += seq ? seq[0].length : unknownSequenceLength(data, i);
      if (seq) keys.push({ type: 'key', name: seq[1] });
      continue;
    }
    // A pasted Windows line ending is one Enter, not two.
    if (data[i] === '\r' && data[i + 1] === '\n') i++;
    const control = CONTROLS[data[i]];
    if (control) {
      flush();
      keys.push({ type: 'key', name: control });
    } else if (data[i] >= ' ') {
      text += data[i];
    }
    i++;
  }
  flush();
  return keys;
}

function unknownSequenceLength(data: string, start: number): number {
  if (data[start + 1] !== '[' && data[start + 1] !== 'O') return Math.min(2, data.length - start);
  let i = start + 2;
  while (i < data.length && !/[A-Za-z~]/.test(data[i])) i++;
  return i - start + 1;
}
