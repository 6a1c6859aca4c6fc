import { describe, expect, it } from 'vitest';
import { DESCRIBE_TABWRITER, TABLE_TABWRITER, tabwrite } from './tabwriter';

describe('tabwrite (Go text/tabwriter semantics)', () => {
  it.each([
    ['table: padding 3, last cell unpadded', 'NAME\tAGE\nweb-1\t5s\n', TABLE_TABWRITER, 'NAME    AGE\nweb-1   5s\n'],
    ['table: minimum width 6', 'A\tB\tC\n', TABLE_TABWRITER, 'A     B     C\n'],
    ['empty trailing cell still pads its column', 'a\t\n', TABLE_TABWRITER, 'a     \n'],
    ['text after the last newline has none', 'a\tb\nc', DESCRIBE_TABWRITER, 'a  b\nc'],
    ['describe: padding 2, no minimum', 'Name:\tweb\nNamespace:\tdefault\n', DESCRIBE_TABWRITER, 'Name:       web\nNamespace:  default\n'],
    [
      'a line without tabs ends the column block',
      'Name:\tx\nIPs:\n  IP:\t10.0.0.1\nControlled By:\tReplicaSet/web\n',
      DESCRIBE_TABWRITER,
      'Name:  x\nIPs:\n  IP:           10.0.0.1\nControlled By:  ReplicaSet/web\n',
    ],
    [
      'inner columns align only across lines that have them',
      'a\tb\tc\naaaa\tbbbbbb\nx\ty\tz\n',
      DESCRIBE_TABWRITER,
      'a     b  c\naaaa  bbbbbb\nx     y  z\n',
    ],
    ['widths count runes', 'é\tx\nab\ty\n', DESCRIBE_TABWRITER, 'é   x\nab  y\n'],
  ])('%s', (_name, input, options, want) => {
    expect(tabwrite(input, options)).toBe(want);
  });
});
