/**
 * `kubectl version [--client]`. The playground's kubectl and API server are both v1.32.0 (the
 * version its kubelets report); kustomize is the one kubectl v1.32 bundles.
 */
import type { Command } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';

export const CLIENT_VERSION = 'v1.32.0';
export const SERVER_VERSION = 'v1.32.0';
const KUSTOMIZE_VERSION = 'v5.5.0';

export const versionCommand: Command = {
  name: 'version',
  short: 'Print the client and server version information',
  flags: [{ name: 'client', type: 'bool' }, { name: 'output', shorthand: 'o', type: 'string' }],
  run(inv) {
    const output = inv.flags.string('output');
    if (output) throw new KubectlError(output === 'yaml' || output === 'json' ? messages.outputNotInPlayground(output) : messages.versionOutput);
    let text = `Client Version: ${CLIENT_VERSION}\nKustomize Version: ${KUSTOMIZE_VERSION}\n`;
    if (!inv.flags.bool('client')) text += `Server Version: ${SERVER_VERSION}\n`;
    inv.ctx.stdout.write(text);
    return 0;
  },
};
