/** Text utilities as container shells run them, with busybox/coreutils behaviour. */
import { describe, expect, it } from 'vitest';
import { builtins, type BuiltinIO } from './builtins';

const io = (stdin: string, fs: Record<string, string> = {}): BuiltinIO => ({ stdin, now: 0, hostname: 'p', vars: {}, exported: new Set(), fs, flavour: 'busybox' });
const six = 'a\nb\nc\nd\ne\nf\n';

describe('text builtins', () => {
  it.each([
    { name: 'head -4 prints the first four', cmd: 'head', args: ['-4'], stdin: six, out: 'a\nb\nc\nd\n' },
    { name: 'head -n 2', cmd: 'head', args: ['-n', '2'], stdin: six, out: 'a\nb\n' },
    { name: 'head -n2', cmd: 'head', args: ['-n2'], stdin: six, out: 'a\nb\n' },
    { name: 'head defaults to 10', cmd: 'head', args: [], stdin: six, out: six },
    { name: 'head of a file', cmd: 'head', args: ['-n', '1', '/f'], stdin: '', out: 'x\n', fs: { '/f': 'x\ny\n' } },
    { name: 'tail -2', cmd: 'tail', args: ['-2'], stdin: six, out: 'e\nf\n' },
    { name: 'tail -n 1', cmd: 'tail', args: ['-n', '1'], stdin: six, out: 'f\n' },
    { name: 'tail -n +5 starts at line 5', cmd: 'tail', args: ['-n', '+5'], stdin: six, out: 'e\nf\n' },
    { name: 'wc -l', cmd: 'wc', args: ['-l'], stdin: six, out: '6\n' },
    { name: 'wc -l of a file names it', cmd: 'wc', args: ['-l', '/f'], stdin: '', out: '2 /f\n', fs: { '/f': 'x\ny\n' } },
    { name: 'wc -w', cmd: 'wc', args: ['-w'], stdin: 'one two\nthree\n', out: '3\n' },
    { name: 'wc -c', cmd: 'wc', args: ['-c'], stdin: 'abc\n', out: '4\n' },
    { name: 'grep -c counts matching lines', cmd: 'grep', args: ['-c', 'OK'], stdin: 'OK!\nno\nOK!\n', out: '2\n' },
    { name: 'grep -c with no match prints 0', cmd: 'grep', args: ['-c', 'zz'], stdin: 'a\n', out: '0\n', status: 1 },
    { name: 'grep -v inverts', cmd: 'grep', args: ['-v', 'b'], stdin: 'a\nb\nc\n', out: 'a\nc\n' },
    { name: 'grep -i ignores case', cmd: 'grep', args: ['-i', 'hello'], stdin: 'Hello\nbye\n', out: 'Hello\n' },
    { name: 'grep -vc combined', cmd: 'grep', args: ['-vc', 'a'], stdin: 'a\nb\nc\n', out: '2\n' },
    { name: 'grep a regular expression', cmd: 'grep', args: ['^a.c$'], stdin: 'abc\nxabc\n', out: 'abc\n' },
    { name: 'grep -E alternation', cmd: 'grep', args: ['-E', 'x|c'], stdin: 'a\nc\nx\n', out: 'c\nx\n' },
    { name: 'grep -q prints nothing', cmd: 'grep', args: ['-q', 'a'], stdin: 'a\n', out: '' },
    { name: 'sort', cmd: 'sort', args: [], stdin: 'b\na\nc\n', out: 'a\nb\nc\n' },
    { name: 'sort -r', cmd: 'sort', args: ['-r'], stdin: 'b\na\nc\n', out: 'c\nb\na\n' },
    { name: 'sort -n', cmd: 'sort', args: ['-n'], stdin: '10\n9\n100\n', out: '9\n10\n100\n' },
    { name: 'sort -u', cmd: 'sort', args: ['-u'], stdin: 'b\na\nb\n', out: 'a\nb\n' },
    { name: 'uniq collapses adjacent duplicates', cmd: 'uniq', args: [], stdin: 'a\na\nb\na\n', out: 'a\nb\na\n' },
    { name: 'uniq -c counts', cmd: 'uniq', args: ['-c'], stdin: 'a\na\nb\n', out: '      2 a\n      1 b\n' },
  ])('$name', ({ cmd, args, stdin, out, fs, status }) => {
    const r = builtins[cmd](args, io(stdin, fs));
    expect(r.stdout).toBe(out);
    expect(r.status).toBe(status ?? 0);
  });
});
