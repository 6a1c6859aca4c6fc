/**
 * When is the cluster "quiet" enough for the headless shell to print the next prompt?
 * DESIGN.md §5: no queued reconcile work and no pod in a transitional state other than a
 * back-off wait. A pod the scheduler cannot place, or one waiting out an image-pull or crash
 * back-off, is stable: waiting longer would not change what the learner sees next. A pod
 * nominated by preemption is not, and neither is a container waiting for its first probe (the
 * kubelets report that: `Kubelet.awaitingFirstProbe`, a busy check of the cluster).
 */
import type { Pod } from 'kubernetes-types/core/v1';

const STABLE_WAITING = new Set(['ImagePullBackOff', 'ErrImagePull', 'CrashLoopBackOff', 'CreateContainerConfigError', 'InvalidImageName', 'CreateContainerError', 'RunContainerError']);

export function podIsTransitional(pod: Pod): boolean {
  if (pod.metadata?.deletionTimestamp) return true;
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return false;
  if (!pod.spec?.nodeName) {
    // Preemption made room for it: it is bound as soon as its victims are gone.
    if (pod.status?.nominatedNodeName) return true;
    const scheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
    return !(scheduled?.status === 'False' && scheduled.reason === 'Unschedulable');
  }
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  if (!statuses.length) return true;
  // An ephemeral container added by `kubectl debug` but not yet reported is on its way too.
  if ((pod.spec?.ephemeralContainers?.length ?? 0) > (pod.status?.ephemeralContainerStatuses?.length ?? 0)) return true;
  for (const s of [...statuses, ...(pod.status?.ephemeralContainerStatuses ?? [])]) {
    const waiting = s.state?.waiting?.reason;
    if (waiting && !STABLE_WAITING.has(waiting)) return true;
  }
  return false;
}
