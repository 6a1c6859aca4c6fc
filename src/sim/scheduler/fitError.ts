/**
 * The FailedScheduling message, worded as FitError.Error() in v1.32: reasons counted over the
 * nodes, printed `count reason`, sorted as strings, then what PostFilter (preemption) said.
 */
import type { Status } from './framework';

/** ErrNoNodesAvailable: what a cluster without nodes answers. */
export const ERR_NO_NODES_AVAILABLE = 'no nodes available to schedule pods';

export const PREEMPTION_NOT_HELPFUL = 'Preemption is not helpful for scheduling';

export function histogram(statuses: Iterable<Status>): string {
  const counts = new Map<string, number>();
  for (const s of statuses) for (const r of s.reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts]
    .map(([reason, n]) => `${n} ${reason}`)
    .sort()
    .join(', ');
}

/**
 * `postFilterMessage`: DefaultPreemption's verdict (`preemption: …`); empty when preemption
 * nominated a node, which leaves only the filters' part.
 */
export function fitErrorMessage(numAllNodes: number, statuses: readonly Status[], postFilterMessage: string): string {
  const reasons = `0/${numAllNodes} nodes are available: ${histogram(statuses)}.`;
  return postFilterMessage ? `${reasons} ${postFilterMessage}` : reasons;
}

/** A PreFilter rejection: its reason once, without a node count (no node was filtered). */
export function preFilterErrorMessage(numAllNodes: number, status: Status, postFilterMessage: string): string {
  return `0/${numAllNodes} nodes are available: ${status.reasons.join(', ')}. ${postFilterMessage}`;
}
