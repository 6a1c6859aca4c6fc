import { describe } from 'vitest';
import { type LineCase, runCases } from '../testing/cases';

export const GREP_CASES: LineCase[] = [
  { name: 'plain match', line: 'grep web pods.txt', stdout: 'web-1   1/1     Running   0          5m\nweb-2   1/1     Running   2          5m\n' },
  { name: 'from a pipe', line: 'cat pods.txt | grep Pending', stdout: 'api-1   0/1     Pending   0          1m\n' },
  { name: 'no match exits 1', line: 'grep nothing pods.txt', status: 1 },
  { name: '-v', line: 'grep -v Running pods.txt', stdout: 'NAME    READY   STATUS    RESTARTS   AGE\napi-1   0/1     Pending   0          1m\n' },
  { name: '-i', line: 'grep -i PENDING pods.txt', stdout: 'api-1   0/1     Pending   0          1m\n' },
  { name: '-c', line: 'grep -c Running pods.txt', stdout: '3\n' },
  { name: '-c with no match still prints 0', line: 'grep -c zzz pods.txt', stdout: '0\n', status: 1 },
  { name: '-n', line: 'grep -n api pods.txt', stdout: '4:api-1   0/1     Pending   0          1m\n' },
  { name: '-o', line: 'grep -o "web-[0-9]" pods.txt', stdout: 'web-1\nweb-2\n' },
  { name: '-w', line: 'grep -w a letters.txt', stdout: 'a\na\na\n' },
  { name: '-E alternation', line: 'grep -E "api|db" pods.txt', stdout: 'api-1   0/1     Pending   0          1m\ndb-0    1/1     Running   0          10m\n' },
  { name: 'BRE \\| alternation', line: 'grep "api\\|db" pods.txt', stdout: 'api-1   0/1     Pending   0          1m\ndb-0    1/1     Running   0          10m\n' },
  { name: 'BRE anchors and classes', line: 'grep "^[[:alpha:]]*-[0-9] " pods.txt | wc -l', stdout: '4\n' },
  { name: '-e twice', line: 'grep -e api -e db pods.txt | wc -l', stdout: '2\n' },
  { name: '-q', line: 'grep -q api pods.txt && echo found', stdout: 'found\n' },
  { name: 'several files get prefixes', line: 'grep -c a letters.txt data.csv', stdout: 'letters.txt:3\ndata.csv:1\n' },
  { name: '-h drops prefixes', line: 'grep -h 1 nums.txt data.csv', stdout: '10 x\n100 z\n1,2,3\n' },
  { name: '-l', line: 'grep -l a letters.txt nums.txt data.csv', stdout: 'letters.txt\ndata.csv\n' },
  { name: '--color is accepted', line: 'grep --color=auto api pods.txt', stdout: 'api-1   0/1     Pending   0          1m\n' },
  { name: 'missing file exits 2', line: 'grep x nosuch', stderr: 'grep: nosuch: No such file or directory\n', status: 2 },
  { name: 'no pattern', line: 'grep', stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", status: 2 },
  { name: 'unmatched bracket', line: 'grep "a[b" pods.txt', stderr: 'grep: Unmatched [, [^, [:, [., or [=\n', status: 2 },
  { name: 'unmatched paren in ERE', line: 'grep -E "(" pods.txt', stderr: 'grep: Unmatched ( or \\(\n', status: 2 },
  { name: 'BRE parens are literal', line: 'echo "f(x)" | grep "(x)"', stdout: 'f(x)\n' },
  { name: 'invalid option', line: 'grep -j x pods.txt', stderr: "grep: invalid option -- 'j'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", status: 2 },
];

describe('grep', () => runCases(GREP_CASES));
