/**
 * When is the cluster "quiet" enough for the headless shell to print the next prompt?
 * DESIGN.md §5: no queued reconcile work and no pod in a transitional state other than a
 * back-off wait. A pod the scheduler cannot place, or one waiting out an image-pull or crash
 * back-off, is stable: waiting longer would not change what the learner sees next.
 */
import type { Pod } from 'kubernetes-types/core/v1';

const STABLE_WAITING = new Set(['ImagePullBackOff', 'ErrImagePull', 'CrashLoopBackOff', 'CreateContainerConfigError', 'InvalidImageName', 'CreateContainerError', 'RunContainerError']);

export function podIsTransitional(pod: Pod): boolean {
  if (pod.metadata?.deletionTimestamp) return true;
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return false;
  if (!pod.spec?.nodeName) {
    const scheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
    return !(scheduled?.status === 'False' && scheduled.reason === 'Unschedulable');
  }
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  if (!statuses.length) return true;
  for (const s of statuses) {
    const waiting = s.state?.waiting?.reason;
    if (waiting && !STABLE_WAITING.has(waiting)) return true;
  }
  return false;
}
