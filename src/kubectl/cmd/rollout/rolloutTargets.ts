/**
 * The objects a `rollout` subcommand acts on: `deployment/web`, `deployment web`, `-f`, `-l`.
 * Subcommands that handle DaemonSets and StatefulSets (status, restart) ask for them with
 * `workloads`; the others still refuse them.
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

const isWorkload = (f: Found) => f.info.group === 'apps' && (f.info.kind === 'DaemonSet' || f.info.kind === 'StatefulSet');

/**
 * `unsupported` words the refusal for kinds that do not roll out, per subcommand. `workloads`:
 * what to do with DaemonSets and StatefulSets — `accept` them (status, restart, history, undo)
 * or `refuse` them as kubectl does (pause, resume).
 */
export function rolloutTargets(inv: Invocation, unsupported: (found: Found) => string, workloads: 'accept' | 'refuse'): { targets: RolloutTarget[]; errors: unknown[] } {
  if (inv.args.length === 0 && inv.flags.strings('filename').length === 0) throw new KubectlError(messages.rolloutRequiresResource);
  const result = fetchObjects(inv, { labelSelector: inv.flags.string('selector') });
  const errors = [...result.errors];
  const targets: RolloutTarget[] = [];
  for (const found of result.found) {
    if (isWorkload(found)) {
      if (workloads === 'accept') targets.push({ found });
      else errors.push(new KubectlError(unsupported(found)));
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
