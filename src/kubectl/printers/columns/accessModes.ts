/** GetAccessModesAsString: the short names in a fixed order, whatever order the spec lists them. */
const SHORT: [string, string][] = [
  ['ReadWriteOnce', 'RWO'],
  ['ReadOnlyMany', 'ROX'],
  ['ReadWriteMany', 'RWX'],
  ['ReadWriteOncePod', 'RWOP'],
];

export function accessModesAsString(modes: readonly string[] | undefined): string {
  return SHORT.filter(([mode]) => modes?.includes(mode))
    .map(([, short]) => short)
    .join(',');
}
