/** `kubectl rollout history (TYPE NAME | TYPE/NAME) [--revision=N]`. */
import type { DaemonSet } from 'kubernetes-types/apps/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
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
import { viewWorkloadHistory } from './workloadHistory';

function runHistory(inv: Invocation): number {
  const revision = inv.flags.int('revision');
  const { targets, errors } = rolloutTargets(inv, (f) => messages.historyNotSupported(f.info.kind), 'accept');
  const describe = (t: PodTemplateSpec) => tabbedString((w) => describePodTemplate(t, w));
  for (const { found, deployment } of targets) {
    try {
      const text = deployment
        ? viewHistory(inv.ctx.client, deployment, revision, describe)
        : viewWorkloadHistory(inv.ctx.client, found.object as Stored<DaemonSet>, revision, describe);
      const withRevision = revision > 0 ? messages.rolloutWithRevision(revision) : '';
      inv.ctx.stdout.write(`${kindRef(found.info, found.object.metadata.name)} ${withRevision}\n${text}\n`);
    } catch (e) {
      errors.push(e);
    }
  }
  aggregate(errors);
  return 0;
}

export const rolloutHistoryCommand: Command = {
  name: 'history',
  short: 'List the revisions of a workload',
  flags: [FILENAME, RECURSIVE, SELECTOR, ...PRINT_FLAGS, { name: 'revision', type: 'int', usage: 'Show the pod template of this revision; 0 lists them all.' }],
  run: runHistory,
};
