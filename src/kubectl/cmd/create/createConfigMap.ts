/** `kubectl create configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--from-env-file=source]`. */
import type { Invocation } from '../../cmdutil/command';
import type { FlagSpec } from '../../cmdutil/flags';
import type { DataSources } from '../../generators/dataSources';
import { generateConfigMap } from '../../generators/configMap';
import { generatorCommand } from './generatorCommand';
import { enforcedNamespace } from './createObject';

export const DATA_SOURCE_FLAGS: readonly FlagSpec[] = [
  { name: 'from-file', type: 'stringSlice', usage: 'A file (key is its name), key=file, or a folder (every file in it); separate several with commas or repeat the flag.' },
  { name: 'from-literal', type: 'stringArray', usage: 'A key=value pair to store; repeat the flag for more.' },
  { name: 'from-env-file', type: 'stringSlice', usage: 'A file of KEY=value lines, each stored as a key; # starts a comment.' },
  { name: 'append-hash', type: 'bool', unavailable: true },
];

export const dataSourcesOf = (inv: Invocation): DataSources => ({
  files: inv.flags.strings('from-file'),
  literals: inv.flags.strings('from-literal'),
  envFiles: inv.flags.strings('from-env-file'),
});

export const createConfigMap = generatorCommand({
  name: 'configmap',
  aliases: ['cm'],
  short: 'Create a config map from literals, files or env files',
  flags: DATA_SOURCE_FLAGS,
  build: (inv, name) => generateConfigMap(inv.ctx, name, dataSourcesOf(inv), enforcedNamespace(inv)),
});
