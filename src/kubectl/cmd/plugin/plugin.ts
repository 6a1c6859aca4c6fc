/**
 * `kubectl plugin list`: kubectl looks for `kubectl-*` executables on PATH. The playground's
 * shell has no executables of its own, so the search always comes back empty, as on a machine
 * without krew.
 */
import type { Command } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { defaultSubCommandRun } from '../shared/subcommandRun';

const listCommand: Command = {
  name: 'list',
  short: 'List the kubectl plugins found on PATH',
  flags: [{ name: 'name-only', type: 'bool', usage: 'Print just the file name of each plugin, not where it lives.' }],
  run() {
    throw new KubectlError(messages.noPluginsFound);
  },
};

export const pluginCommand: Command = {
  name: 'plugin',
  short: 'Find and list kubectl plugins',
  subcommands: [listCommand],
  run: defaultSubCommandRun(() => pluginCommand),
};
