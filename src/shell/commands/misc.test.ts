import { describe } from 'vitest';
import { type LineCase, runCases } from '../testing/cases';

export const MISC_CASES: LineCase[] = [
  { name: 'echo', line: 'echo a  b', stdout: 'a b\n' },
  { name: 'echo -n', line: 'echo -n a', stdout: 'a' },
  { name: 'echo -e', line: 'echo -e "a\\tb\\nc"', stdout: 'a\tb\nc\n' },
  { name: 'echo without -e keeps backslashes', line: 'echo "a\\nb"', stdout: 'a\\nb\n' },
  { name: 'printf reuses the format', line: 'printf "%s=%d\\n" a 1 b 2', stdout: 'a=1\nb=2\n' },
  { name: 'printf padding', line: 'printf "[%5s][%-3s][%03d]\\n" ab c 7', stdout: '[   ab][c  ][007]\n' },
  { name: 'printf bad number', line: 'printf "%d\\n" x', stdout: '0\n', stderr: 'bash: printf: x: invalid number\n', status: 1 },
  { name: 'base64', line: 'echo hello | base64', stdout: 'aGVsbG8K\n' },
  { name: 'base64 -w0', line: 'echo -n admin | base64 -w0', stdout: 'YWRtaW4=' },
  { name: 'base64 -d', line: 'echo YWRtaW4= | base64 -d', stdout: 'admin' },
  { name: 'base64 -d invalid', line: 'echo "!!" | base64 -d', stderr: 'base64: invalid input\n', status: 1 },
  { name: 'seq', line: 'seq 3', stdout: '1\n2\n3\n' },
  { name: 'seq with step', line: 'seq 1 2 7', stdout: '1\n3\n5\n7\n' },
  { name: 'xargs default echo', line: 'printf "a\\nb\\n" | xargs', stdout: 'a b\n' },
  { name: 'xargs -n 1', line: 'echo a b c | xargs -n 1 echo', stdout: 'a\nb\nc\n' },
  { name: 'xargs -I', line: 'printf "a\\nb c\\n" | xargs -I {} echo "[{}]"', stdout: '[a]\n[b c]\n' },
  { name: 'xargs failing command', line: 'echo a | xargs false', status: 123 },
  { name: 'xargs unknown command', line: 'echo a | xargs nosuch', stderr: 'xargs: nosuch: No such file or directory\n', status: 127 },
  { name: 'xargs bad -n', line: 'xargs -n x', stderr: 'xargs: invalid number "x" for -n option\nTry \'xargs --help\' for more information.\n', status: 1 },
  { name: 'true and false', line: 'true && false || echo $?', stdout: '1\n' },
  { name: 'sleep without operand', line: 'sleep', stderr: "sleep: missing operand\nTry 'sleep --help' for more information.\n", status: 1 },
  { name: 'sleep bad interval', line: 'sleep x', stderr: "sleep: invalid time interval ‘x’\nTry 'sleep --help' for more information.\n", status: 1 },
  { name: 'printenv one variable', line: 'printenv HOME', stdout: '/root\n' },
  { name: 'printenv unset variable', line: 'printenv NOPE_NOT_SET', status: 1 },
  { name: 'whoami', line: 'whoami', stdout: 'root\n' },
];

describe('misc tools', () => runCases(MISC_CASES));
