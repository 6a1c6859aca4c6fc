/** polymorphichelpers.DeploymentStatusViewer: one status line, and whether the rollout is done. */
import type { Deployment } from 'kubernetes-types/apps/v1';
import { KubectlError } from '../../cmdutil/errors';
import { messages } from '../../messages';

export interface RolloutStatus {
  message: string;
  done: boolean;
}

export function deploymentStatus(d: Deployment): RolloutStatus {
  const name = d.metadata?.name ?? '';
  const s = d.status ?? {};
  if ((d.metadata?.generation ?? 0) > (s.observedGeneration ?? 0)) return { message: messages.rolloutWaitingSpec, done: false };
  const progressing = s.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') throw new KubectlError(messages.rolloutExceeded(name));
  const updated = s.updatedReplicas ?? 0;
  const desired = d.spec?.replicas;
  if (desired !== undefined && updated < desired) return { message: messages.rolloutWaitingUpdated(name, updated, desired), done: false };
  if ((s.replicas ?? 0) > updated) return { message: messages.rolloutWaitingOld(name, (s.replicas ?? 0) - updated), done: false };
  if ((s.availableReplicas ?? 0) < updated) return { message: messages.rolloutWaitingAvailable(name, s.availableReplicas ?? 0, updated), done: false };
  return { message: messages.rolloutDone(name), done: true };
}
