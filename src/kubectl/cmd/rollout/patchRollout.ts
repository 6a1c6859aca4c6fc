/**
 * `rollout restart|pause|resume`: each computes a patch per deployment (or refuses with a reason)
 * and prints `deployment.apps/web restarted|paused|resumed`. Refusals read
 * `error: deployments.apps "web" is already paused`, as kubectl words them.
 */
import type { Deployment } from 'kubernetes-types/apps/v1';
import type { KubeObject, Stored } from '../../sim';
import type { Command, Invocation } from '../../cmdutil/command';
import { KubectlError, aggregate } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { FIELD_MANAGER, FILENAME, PRINT_FLAGS, RECURSIVE, SELECTOR } from '../shared/commonFlags';
import { printResult } from '../shared/output';
import { qualifiedResource, refOf } from '../shared/refs';
import { rolloutTargets } from './rolloutTargets';

/** Returns the patch, or throws a reason string's error. */
type Patcher = (d: Deployment, inv: Invocation) => object;

/** `workloads`: restart also patches DaemonSets and StatefulSets; pause and resume refuse them. */
function patchCommand(name: string, short: string, operation: string, gerund: string, patcher: Patcher, workloads: 'accept' | 'refuse' = 'refuse'): Command {
  return {
    name,
    short,
    // kubectl v1.32 has no --dry-run for restart, pause and resume.
    flags: [FILENAME, RECURSIVE, SELECTOR, ...PRINT_FLAGS, FIELD_MANAGER('kubectl-rollout')],
    run(inv) {
      const { targets, errors } = rolloutTargets(inv, (f) => messages.patchNotSupported(qualifiedResource(f.info), f.object.metadata.name, gerund), workloads);
      for (const { found } of targets) {
        const deployment = found.object as Stored<Deployment>;
        let patch: object;
        try {
          patch = patcher(deployment, inv);
        } catch (e) {
          errors.push(new KubectlError(messages.patchRefused(qualifiedResource(found.info), deployment.metadata.name, e instanceof Error ? e.message : String(e))));
          continue;
        }
        const updated = inv.ctx.client.patch(refOf(found.info), deployment.metadata.name, 'strategic', patch, {
          namespace: deployment.metadata.namespace,
          fieldManager: inv.flags.string('field-manager'),
        });
        printResult(inv, found.info, updated as KubeObject, operation, 'none');
      }
      aggregate(errors);
      return 0;
    },
  };
}

/** RFC 3339 in UTC, as the restartedAt annotation carries it. */
const rfc3339 = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

export const rolloutRestartCommand = patchCommand(
  'restart',
  'Replace all pods of a workload with new ones',
  'restarted',
  'restarting',
  (d, inv) => {
    if (d.spec?.paused) throw new Error(messages.restartPaused);
    return { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': rfc3339(inv.ctx.now()) } } } } };
  },
  'accept',
);

export const rolloutPauseCommand = patchCommand('pause', 'Hold a deployment so template changes wait', 'paused', 'pausing', (d) => {
  if (d.spec?.paused) throw new Error(messages.alreadyPaused);
  return { spec: { paused: true } };
});

export const rolloutResumeCommand = patchCommand('resume', 'Let a paused deployment roll out again', 'resumed', 'resuming', (d) => {
  if (!d.spec?.paused) throw new Error(messages.notPaused);
  return { spec: { paused: null } };
});
