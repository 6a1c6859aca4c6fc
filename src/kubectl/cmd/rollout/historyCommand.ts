/** `kubectl rollout history (TYPE NAME | TYPE/NAME) [--revision=N]`. */
import type { Deployment } from 'kubernetes-types/apps/v1';
import type { Stored } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { describePodTemplate } from '../../describe/podTemplate';
import { tabbedString } from '../../describe';
import { FILENAME, PRINT_FLAGS, RECURSIVE, SELECTOR } from '../shared/commonFlags';
import { kindRef } from '../shared/refs';
import { viewHistory } from './history';
import { rolloutTargets } from './rolloutTargets';

function runHistory(inv: Invocation): number {
  const revision = inv.flags.int('revision');
  const { targets, errors } = rolloutTargets(inv, (f) => messages.historyNotSupported(f.info.kind));
  for (const { found } of targets) {
    const text = viewHistory(inv.ctx.client, found.object as Stored<Deployment>, revision, (t) => tabbedString((w) => describePodTemplate(t, w)));
    const withRevision = revision > 0 ? messages.rolloutWithRevision(revision) : '';
    inv.ctx.stdout.write(`${kindRef(found.info, found.object.metadata.name)} ${withRevision}\n${text}\n`);
  }
  aggregate(errors);
  return 0;
}

export const rolloutHistoryCommand: Command = {
  name: 'history',
  short: 'View rollout history',
  flags: [FILENAME, RECURSIVE, SELECTOR, ...PRINT_FLAGS, { name: 'revision', type: 'int', usage: 'See the details, including podTemplate of the revision specified' }],
  run: runHistory,
};
