import { describe } from 'vitest';
import { type LineCase, runCases } from '../../testing/cases';

export const SED_CASES: LineCase[] = [
  { name: 's first occurrence', line: 'echo aaa | sed s/a/b/', stdout: 'baa\n' },
  { name: 's///g', line: 'echo aaa | sed "s/a/b/g"', stdout: 'bbb\n' },
  { name: 's with Nth occurrence', line: 'echo aaa | sed "s/a/b/2"', stdout: 'aba\n' },
  { name: 'other delimiter', line: 'echo /usr/bin | sed "s|/usr|/opt|"', stdout: '/opt/bin\n' },
  { name: 'groups and &', line: 'echo web-1 | sed "s/\\(web\\)-\\([0-9]\\)/\\2:\\1 &/"', stdout: '1:web web-1\n' },
  { name: '-E groups', line: 'echo web-1 | sed -E "s/(web)-([0-9])/\\2:\\1/"', stdout: '1:web\n' },
  { name: '\\U uppercases', line: 'echo abc | sed "s/.*/\\U&/"', stdout: 'ABC\n' },
  { name: '-n with p', line: 'sed -n "/api/p" pods.txt', stdout: 'api-1   0/1     Pending   0          1m\n' },
  { name: 'line range print', line: 'sed -n "2,3p" letters.txt', stdout: 'a\nc\n' },
  { name: 'delete a line', line: 'sed 1d nums.txt', stdout: '9 y\n100 z\n' },
  { name: 'delete the last line', line: "sed '$d' nums.txt", stdout: '10 x\n9 y\n' },
  { name: 'delete by regex', line: 'sed "/a/d" letters.txt', stdout: 'b\nc\n' },
  { name: 'negated address', line: 'sed -n "/a/!p" letters.txt', stdout: 'b\nc\n' },
  { name: 'several commands with ;', line: 'sed -n "1p;3p" letters.txt', stdout: 'b\nc\n' },
  { name: '-e twice', line: 'echo ab | sed -e s/a/x/ -e s/b/y/', stdout: 'xy\n' },
  { name: 'q stops', line: 'sed 2q letters.txt', stdout: 'b\na\n' },
  { name: 'y transliterates', line: 'echo abc | sed "y/abc/xyz/"', stdout: 'xyz\n' },
  { name: 'range with regex', line: 'sed -n "/web-2/,/db/p" pods.txt | wc -l', stdout: '3\n' },
  { name: 'prefix with range s', line: 'sed "1,2s/^/# /" nums.txt', stdout: '# 10 x\n# 9 y\n100 z\n' },
  { name: '-i edits the file', line: 'sed -i "s/x/X/" nums.txt && cat nums.txt', stdout: '10 X\n9 y\n100 z\n' },
  { name: 'unterminated s', line: 'sed s/a nums.txt', stderr: "sed: -e expression #1, char 3: unterminated `s' command\n", status: 1 },
  { name: 'unknown s option', line: 'sed s/x/y/z nums.txt', stderr: "sed: -e expression #1, char 7: unknown option to `s'\n", status: 1 },
  { name: 'unknown command', line: 'sed k nums.txt', stderr: "sed: -e expression #1, char 1: unknown command: `k'\n", status: 1 },
  { name: 'missing file', line: 'sed p nosuch', stderr: "sed: can't read nosuch: No such file or directory\n", status: 2 },
];

describe('sed', () => runCases(SED_CASES));
