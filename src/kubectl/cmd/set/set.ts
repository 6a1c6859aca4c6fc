/** `kubectl set SUBCOMMAND`: set specific features on objects. */
import type { Command } from '../../cmdutil/command';
import { setImageCommand } from './setImage';

export const setCommand: Command = {
  name: 'set',
  short: 'Set specific features on objects',
  subcommands: [setImageCommand],
};
