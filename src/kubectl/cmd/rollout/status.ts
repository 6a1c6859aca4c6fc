/**
 * `kubectl rollout status deployment/web` (or a daemonset, statefulset): print the status on every watch event
 * until the rollout is done (or `--watch=false`, `--timeout`, Ctrl-C). Virtual time passes while
 * it waits, so the cluster makes progress.
 */
import type { DaemonSet, Deployment, StatefulSet } from 'kubernetes-types/apps/v1';
import type { KubeObject } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { FILENAME, RECURSIVE, SELECTOR, TIMEOUT } from '../shared/commonFlags';
import { refOf } from '../shared/refs';
import { INTERRUPTED_EXIT_CODE } from '../get/watch';
import { deploymentStatus, type RolloutStatus } from './deploymentStatus';
import { daemonSetStatus, statefulSetStatus } from './workloadStatus';
import { groupKind, rolloutTargets, type RolloutTarget } from './rolloutTargets';

function statusOf(obj: KubeObject): RolloutStatus {
  if (obj.kind === 'DaemonSet') return daemonSetStatus(obj as DaemonSet);
  if (obj.kind === 'StatefulSet') return statefulSetStatus(obj as StatefulSet);
  return deploymentStatus(obj as Deployment);
}

async function waitForRollout(inv: Invocation, target: RolloutTarget): Promise<number> {
  const d = target.found.object;
  let outcome: { done: boolean; error?: unknown } = { done: false };
  const report = (obj: KubeObject) => {
    if (outcome.done || outcome.error) return;
    try {
      const status = statusOf(obj);
      inv.ctx.stdout.write(`${status.message}\n`);
      if (status.done || !inv.flags.bool('watch')) outcome = { done: true };
    } catch (e) {
      outcome = { done: true, error: e };
    }
  };
  report(d);
  const stop = inv.ctx.client.watch(refOf(target.found.info), { namespace: d.metadata.namespace, fieldSelector: `metadata.name=${d.metadata.name}` }, (e) => {
    if (e.type === 'ADDED' || e.type === 'MODIFIED') report(e.object);
  });
  const timeout = inv.flags.int('timeout');
  const started = inv.ctx.now();
  if (timeout > 0) inv.ctx.waitUntil?.(started + timeout * 1000);
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
  const { targets, errors } = rolloutTargets(inv, (f) => messages.statusNotSupported(groupKind(f)), 'accept');
  aggregate(errors);
  for (const target of targets) {
    const code = await waitForRollout(inv, target);
    if (code !== 0) return code;
  }
  return 0;
}

export const rolloutStatusCommand: Command = {
  name: 'status',
  short: 'Follow a rollout until it completes',
  flags: [
    FILENAME,
    RECURSIVE,
    SELECTOR,
    TIMEOUT(0),
    { name: 'watch', shorthand: 'w', type: 'bool', default: true, usage: 'Keep reporting until the rollout completes; false prints the state once.' },
    { name: 'revision', type: 'int', unavailable: true },
  ],
  run: runStatus,
};
