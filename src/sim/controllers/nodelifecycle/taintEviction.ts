/**
 * Which pods a node's NoExecute taints evict, and when (pure): a pod that does not tolerate a
 * taint goes at once; one that tolerates it for tolerationSeconds goes when that runs out,
 * counted from the taint's timeAdded; a pod tolerating it forever stays.
 */
import type { Pod, Taint, Toleration } from 'kubernetes-types/core/v1';

export function tolerates(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.operator === 'Exists') return !t.key || t.key === taint.key;
  return t.key === taint.key && (t.value ?? '') === (taint.value ?? '');
}

/** Milliseconds since the epoch at which to evict, `0` for now, or undefined for never. */
export function evictionTime(pod: Pod, taints: Taint[]): number | undefined {
  let at: number | undefined;
  for (const taint of taints.filter((t) => t.effect === 'NoExecute')) {
    const matching = (pod.spec?.tolerations ?? []).filter((t) => tolerates(t, taint));
    if (!matching.length) return 0;
    const bounded = matching.filter((t) => t.tolerationSeconds !== undefined && t.tolerationSeconds !== null);
    // Any toleration without a limit keeps the pod for as long as the taint lasts.
    if (bounded.length < matching.length) continue;
    const seconds = Math.max(0, Math.min(...bounded.map((t) => t.tolerationSeconds!)));
    const added = taint.timeAdded ? Date.parse(taint.timeAdded) : 0;
    const when = added + seconds * 1000;
    at = at === undefined ? when : Math.min(at, when);
  }
  return at;
}
