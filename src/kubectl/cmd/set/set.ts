/** `kubectl set SUBCOMMAND`: set specific features on objects. */
import type { Command } from '../../cmdutil/command';
import { setEnvCommand } from './setEnv';
import { setImageCommand } from './setImage';
import { setResourcesCommand, setServiceAccountCommand } from './setResources';

export const setCommand: Command = {
  name: 'set',
  short: 'Change one aspect of existing objects',
  subcommands: [setEnvCommand, setImageCommand, setResourcesCommand, setServiceAccountCommand],
};
