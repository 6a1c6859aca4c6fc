/**
 * The root of the command tree, in kubectl's registration order (which is also the order of
 * "Did you mean this?" suggestions).
 */
import type { Command } from '../cmdutil/command';
import { createCommand } from './create/create';
import { getCommand } from './get/get';
import { deleteCommand } from './delete/delete';

export const ROOT: Command = {
  name: 'kubectl',
  short: 'kubectl controls the Kubernetes cluster manager.',
  subcommands: [createCommand, getCommand, deleteCommand],
};

/** Real kubectl commands the playground does not offer; still named in suggestions. */
export const KNOWN_UNAVAILABLE: readonly string[] = [];
