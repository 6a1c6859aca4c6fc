/** `kubectl api-versions`: every group/version discovery serves, sorted, one per line. */
import type { Command } from '../../cmdutil/command';
import { discovery } from '../../resource/builder';

export const apiVersionsCommand: Command = {
  name: 'api-versions',
  short: 'List the API versions the cluster serves, as group/version',
  run(inv) {
    const versions = new Set(discovery(inv.ctx).map((r) => (r.group ? `${r.group}/${r.version}` : r.version)));
    inv.ctx.stdout.write([...versions].sort().map((v) => `${v}\n`).join(''));
    return 0;
  },
};
