/**
 * `kubectl version [--client] [-o yaml|json]`. The playground's kubectl and API server are both
 * v1.32.0 (the version its kubelets report); kustomize is the one kubectl v1.32 bundles.
 */
import type { Command } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { toYaml } from '../../printers';

export const CLIENT_VERSION = 'v1.32.0';
export const SERVER_VERSION = 'v1.32.0';
const KUSTOMIZE_VERSION = 'v5.5.0';

/** version.Info of the v1.32.0 release build, in Go's field order (the JSON keeps it). */
export const RELEASE_INFO = {
  major: '1',
  minor: '32',
  gitVersion: 'v1.32.0',
  gitCommit: '70d3cc986aa8221cd1dfb1121852688902d3bf53',
  gitTreeState: 'clean',
  buildDate: '2024-12-11T18:04:20Z',
  goVersion: 'go1.23.3',
  compiler: 'gc',
  platform: 'linux/amd64',
};

export const versionCommand: Command = {
  name: 'version',
  short: 'Print the versions of kubectl and of the cluster',
  flags: [
    { name: 'client', type: 'bool', usage: 'Print only the kubectl version, without asking the cluster.' },
    { name: 'output', shorthand: 'o', type: 'string', usage: 'Print as yaml or json instead of text.' },
  ],
  run(inv) {
    const output = inv.flags.string('output');
    const client = inv.flags.bool('client');
    if (output && output !== 'yaml' && output !== 'json') throw new KubectlError(messages.versionOutput);
    if (output) {
      const info = { clientVersion: RELEASE_INFO, kustomizeVersion: KUSTOMIZE_VERSION, ...(client ? {} : { serverVersion: RELEASE_INFO }) };
      inv.ctx.stdout.write(output === 'json' ? `${JSON.stringify(info, null, 2)}\n` : `${toYaml(info)}\n`);
      return 0;
    }
    let text = `Client Version: ${CLIENT_VERSION}\nKustomize Version: ${KUSTOMIZE_VERSION}\n`;
    if (!client) text += `Server Version: ${SERVER_VERSION}\n`;
    inv.ctx.stdout.write(text);
    return 0;
  },
};
