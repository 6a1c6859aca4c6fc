/**
 * The DefaultTolerationSeconds admission plugin: pods tolerate a not-ready or unreachable node for
 * 300 s before the taint manager evicts them, unless they already say otherwise.
 */
import type { Pod, Toleration } from 'kubernetes-types/core/v1';

export const TAINT_NODE_NOT_READY = 'node.kubernetes.io/not-ready';
export const TAINT_NODE_UNREACHABLE = 'node.kubernetes.io/unreachable';
export const DEFAULT_TOLERATION_SECONDS = 300;

/** A toleration with no key tolerates every taint; with no effect, every effect. */
function tolerates(tolerations: Toleration[], key: string): boolean {
  return tolerations.some((t) => (t.key === key || !t.key) && (t.effect === 'NoExecute' || !t.effect));
}

const toleration = (key: string): Toleration => ({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: DEFAULT_TOLERATION_SECONDS });

export function admitDefaultTolerationSeconds(pod: Pod): void {
  const spec = (pod.spec ??= { containers: [] });
  const existing = spec.tolerations ?? [];
  const added = [TAINT_NODE_NOT_READY, TAINT_NODE_UNREACHABLE].filter((key) => !tolerates(existing, key)).map(toleration);
  if (added.length) spec.tolerations = [...existing, ...added];
}
