/** `kubectl rollout SUBCOMMAND`: manage the rollout of Deployments. */
import type { Command } from '../../cmdutil/command';
import { rolloutHistoryCommand } from './historyCommand';
import { rolloutPauseCommand, rolloutRestartCommand, rolloutResumeCommand } from './patchRollout';
import { rolloutStatusCommand } from './status';
import { rolloutUndoCommand } from './undo';

export const rolloutCommand: Command = {
  name: 'rollout',
  short: 'Follow, pause, restart or undo rollouts',
  subcommands: [rolloutHistoryCommand, rolloutPauseCommand, rolloutRestartCommand, rolloutResumeCommand, rolloutStatusCommand, rolloutUndoCommand],
};
