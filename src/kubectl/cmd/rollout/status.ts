/**
 * `kubectl rollout status deployment/web`: print the deployment's status on every watch event
 * until the rollout is done (or `--watch=false`, `--timeout`, Ctrl-C). Virtual time passes while
 * it waits, so the cluster makes progress.
 */
import type { Deployment } from 'kubernetes-types/apps/v1';
import type { Stored } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { FILENAME, RECURSIVE, SELECTOR, TIMEOUT } from '../shared/commonFlags';
import { refOf } from '../shared/refs';
import { INTERRUPTED_EXIT_CODE } from '../get/watch';
import { deploymentStatus } from './deploymentStatus';
import { groupKind, rolloutTargets, type RolloutTarget } from './rolloutTargets';

async function waitForRollout(inv: Invocation, target: RolloutTarget): Promise<number> {
  const d = target.deployment as Stored<Deployment>;
  let outcome: { done: boolean; error?: unknown } = { done: false };
  const report = (obj: Deployment) => {
    if (outcome.done || outcome.error) return;
    try {
      const status = deploymentStatus(obj);
      inv.ctx.stdout.write(`${status.message}\n`);
      if (status.done || !inv.flags.bool('watch')) outcome = { done: true };
    } catch (e) {
      outcome = { done: true, error: e };
    }
  };
  report(d);
  const stop = inv.ctx.client.watch<Deployment>(refOf(target.found.info), { namespace: d.metadata.namespace, fieldSelector: `metadata.name=${d.metadata.name}` }, (e) => {
    if (e.type === 'ADDED' || e.type === 'MODIFIED') report(e.object);
  });
  const timeout = inv.flags.int('timeout');
  const started = inv.ctx.now();
  try {
    while (!outcome.done) {
      if (inv.ctx.interrupt.aborted) return INTERRUPTED_EXIT_CODE;
      if (timeout > 0 && inv.ctx.now() - started >= timeout * 1000) throw new KubectlError(messages.rolloutStatusTimeout);
      await inv.ctx.sleep(1);
    }
  } finally {
    stop();
  }
  if (outcome.error) throw outcome.error;
  return 0;
}

async function runStatus(inv: Invocation): Promise<number> {
  const { targets, errors } = rolloutTargets(inv, (f) => messages.statusNotSupported(groupKind(f)));
  aggregate(errors);
  for (const target of targets) {
    const code = await waitForRollout(inv, target);
    if (code !== 0) return code;
  }
  return 0;
}

export const rolloutStatusCommand: Command = {
  name: 'status',
  short: 'Show the status of the rollout',
  flags: [
    FILENAME,
    RECURSIVE,
    SELECTOR,
    TIMEOUT(0),
    { name: 'watch', shorthand: 'w', type: 'bool', default: true, usage: 'Watch the status of the rollout until it\'s done.' },
    { name: 'revision', type: 'int', unavailable: true },
  ],
  run: runStatus,
};
