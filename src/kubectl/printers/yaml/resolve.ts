/**
 * Would go-yaml v2 read this string back as a string if it were written unquoted? kubectl's
 * YAML goes through sigs.k8s.io/yaml, which quotes (double) every string that would resolve
 * to a bool, null, number or timestamp under YAML 1.1 rules: `"80"`, `"yes"`, `"on"`, `"~"`,
 * `"2024-01-01"`, `"1:20"` (a base-60 float).
 */

const NON_STRING_WORDS = new Set([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'],
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'],
  ...['', '~', 'null', 'Null', 'NULL'],
  ...['.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF'],
  '<<',
]);

/** strconv.ParseInt(s, 0, 64) syntax, after go-yaml drops underscores. */
const GO_INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|0[0-7]*|[1-9][0-9]*)$/;
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
/** The timestamp layouts go-yaml accepts: date, or date and time with `T`/`t`/space. */
const TIMESTAMP =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:([Tt])|( ))(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(Z|[-+]\d{2}:\d{2})?)?$/;

export function resolvesToString(s: string): boolean {
  if (NON_STRING_WORDS.has(s)) return false;
  if (BASE60_FLOAT.test(s)) return false;
  const first = s[0];
  if (first === '.') return !DOT_FLOAT.test(s);
  if (first === '+' || first === '-' || (first >= '0' && first <= '9')) {
    if (isTimestamp(s)) return false;
    const plain = s.replaceAll('_', '');
    if (GO_INT.test(plain) || YAML_STYLE_FLOAT.test(plain)) return false;
  }
  return true;
}

function isTimestamp(s: string): boolean {
  const m = TIMESTAMP.exec(s);
  if (!m) return false;
  const [, year, month, day, t, space, hour, minute, second, zone] = m;
  // The space-separated layout has no zone; the T layout requires one.
  if (t && !zone) return false;
  if (space && zone) return false;
  const mo = Number(month);
  const d = Number(day);
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(Number(year), mo)) return false;
  if (hour === undefined) return true;
  return Number(hour) < 24 && Number(minute) < 60 && Number(second) < 60;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
