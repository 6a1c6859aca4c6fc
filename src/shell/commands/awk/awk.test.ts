import { describe } from 'vitest';
import { type LineCase, runCases } from '../../testing/cases';

export const AWK_CASES: LineCase[] = [
  { name: 'print a field', line: "awk '{print $1}' pods.txt", stdout: 'NAME\nweb-1\nweb-2\napi-1\ndb-0\n' },
  { name: 'print two fields with OFS', line: "awk '{print $1, $3}' pods.txt | tail -1", stdout: 'db-0 Running\n' },
  { name: 'NR>1 skips the header', line: "awk 'NR>1 {print $1}' pods.txt", stdout: 'web-1\nweb-2\napi-1\ndb-0\n' },
  { name: 'regex pattern', line: "awk '/Pending/ {print $1}' pods.txt", stdout: 'api-1\n' },
  { name: 'pattern without action prints', line: "awk '/api/' pods.txt", stdout: 'api-1   0/1     Pending   0          1m\n' },
  { name: 'string comparison', line: "awk '$3==\"Running\" {print $1}' pods.txt", stdout: 'web-1\nweb-2\ndb-0\n' },
  { name: 'numeric comparison on fields', line: "awk '$1 > 9 {print $2}' nums.txt", stdout: 'x\nz\n' },
  { name: '-F', line: "awk -F, '{print $2}' data.csv", stdout: 'b\n2\n' },
  { name: '-F with tab escape', line: "printf 'a\\tb\\n' | awk -F'\\t' '{print $2}'", stdout: 'b\n' },
  { name: 'END with NR', line: "awk 'END {print NR}' pods.txt", stdout: '5\n' },
  { name: 'sum in END', line: "awk '{s += $1} END {print s}' nums.txt", stdout: '119\n' },
  { name: '$NF', line: "awk '{print $NF}' data.csv", stdout: 'a,b,c\n1,2,3\n' },
  { name: 'NF counts fields', line: "echo 'a b  c' | awk '{print NF}'", stdout: '3\n' },
  { name: 'printf', line: "awk '{printf \"%-5s|%3d\\n\", $2, $1}' nums.txt", stdout: 'x    | 10\ny    |  9\nz    |100\n' },
  { name: 'BEGIN only', line: "awk 'BEGIN {print 1+2, 7/2}'", stdout: '3 3.5\n' },
  { name: '-v variable', line: "awk -v n=2 'NR==n' letters.txt", stdout: 'a\n' },
  { name: 'arrays and for-in count', line: "awk '{c[$1]++} END {print c[\"a\"], length(c)}' letters.txt", stdout: '3 3\n' },
  { name: 'field assignment rebuilds $0', line: "echo 'a b c' | awk '{$2=\"X\"; print}'", stdout: 'a X c\n' },
  { name: 'OFS in BEGIN', line: "echo 'a b' | awk 'BEGIN{OFS=\"-\"} {$1=$1; print}'", stdout: 'a-b\n' },
  { name: 'gsub and toupper', line: "echo 'web-1' | awk '{gsub(/-/, \"_\"); print toupper($0)}'", stdout: 'WEB_1\n' },
  { name: 'substr, length and index', line: "echo hello | awk '{print substr($0, 2, 3), length($0), index($0, \"l\")}'", stdout: 'ell 5 3\n' },
  { name: 'split', line: "echo 'a:b:c' | awk '{n = split($0, p, \":\"); print n, p[3]}'", stdout: '3 c\n' },
  { name: 'if/else', line: "awk '{if ($1 > 50) print \"big\"; else print \"small\"}' nums.txt", stdout: 'small\nsmall\nbig\n' },
  { name: 'regex match operator', line: "awk '$1 ~ /^web/ {n++} END {print n}' pods.txt", stdout: '2\n' },
  { name: 'concatenation', line: "echo 'a b' | awk '{print $2 $1 \"!\"}'", stdout: 'ba!\n' },
  { name: 'missing file', line: "awk '{print}' nosuch", stderr: 'awk: cannot open nosuch (No such file or directory)\n', status: 2 },
];

describe('awk', () => runCases(AWK_CASES));
