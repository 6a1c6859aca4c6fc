/**
 * The objects a `rollout` subcommand acts on: `deployment/web`, `deployment web`, `-f`, `-l`.
 * Only Deployments roll out in the playground; DaemonSet and StatefulSet rollouts are not simulated.
 */
import type { Deployment } from 'kubernetes-types/apps/v1';
import type { Stored } from '../../sim';
import type { Invocation } from '../../cmdutil/command';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';
import { fetchObjects, type Found } from '../shared/fetch';

export interface RolloutTarget {
  found: Found;
  deployment?: Stored<Deployment>;
}

/** `unsupported` words the refusal for kinds that do not roll out, per subcommand. */
export function rolloutTargets(inv: Invocation, unsupported: (found: Found) => string): { targets: RolloutTarget[]; errors: unknown[] } {
  if (inv.args.length === 0 && inv.flags.strings('filename').length === 0) throw new KubectlError(messages.rolloutRequiresResource);
  const result = fetchObjects(inv, { labelSelector: inv.flags.string('selector') });
  const errors = [...result.errors];
  const targets: RolloutTarget[] = [];
  for (const found of result.found) {
    if (found.info.group === 'apps' && (found.info.kind === 'DaemonSet' || found.info.kind === 'StatefulSet')) {
      errors.push(new KubectlError(messages.rolloutKindNotInPlayground(found.info.resource)));
      continue;
    }
    if (found.info.kind !== 'Deployment' || found.info.group !== 'apps') {
      errors.push(new KubectlError(unsupported(found)));
      continue;
    }
    targets.push({ found, deployment: found.object as Stored<Deployment> });
  }
  return { targets, errors };
}

/** schema.GroupKind's string: `Pod`, `StatefulSet.apps`. */
export const groupKind = (f: Found) => (f.info.group ? `${f.info.kind}.${f.info.group}` : f.info.kind);
