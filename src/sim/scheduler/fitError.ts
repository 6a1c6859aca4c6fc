/**
 * The FailedScheduling message, worded as FitError.Error() and DefaultPreemption's PostFilter
 * word it in v1.32: reasons counted over the nodes, printed `count reason`, sorted as strings.
 */
import type { Status } from './framework';

/** ErrNoNodesAvailable: what a cluster without nodes answers. */
export const ERR_NO_NODES_AVAILABLE = 'no nodes available to schedule pods';

export const PREEMPTION_NOT_HELPFUL = 'Preemption is not helpful for scheduling';
export const NO_PREEMPTION_VICTIMS = 'No preemption victims found for incoming pod';

function histogram(statuses: Iterable<Status>): string {
  const counts = new Map<string, number>();
  for (const s of statuses) for (const r of s.reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts]
    .map(([reason, n]) => `${n} ${reason}`)
    .sort()
    .join(', ');
}

/**
 * The preemption attempt's own FitError: nodes that failed for a reason removing pods cannot fix
 * are "not helpful"; on the rest no lower-priority pod could be evicted (this sim does not
 * preempt, so every pod competes at equal standing).
 */
function preemptionMessage(numAllNodes: number, statuses: readonly Status[], preemptionPolicy: string | undefined): string {
  if (preemptionPolicy === 'Never') return 'not eligible due to preemptionPolicy=Never.';
  const verdicts: Status[] = statuses.map((s) => ({
    code: s.code,
    reasons: [s.code === 'UnschedulableAndUnresolvable' ? PREEMPTION_NOT_HELPFUL : NO_PREEMPTION_VICTIMS],
  }));
  return `preemption: 0/${numAllNodes} nodes are available: ${histogram(verdicts)}.`;
}

/**
 * A PreFilter rejection: its reason once, without a node count (no node was filtered), and every
 * node unresolvable for preemption.
 */
export function preFilterErrorMessage(numAllNodes: number, status: Status, preemptionPolicy?: string): string {
  const everyNode = new Array<Status>(numAllNodes).fill({ code: 'UnschedulableAndUnresolvable', reasons: [] });
  return `0/${numAllNodes} nodes are available: ${status.reasons.join(', ')}. ${preemptionMessage(numAllNodes, everyNode, preemptionPolicy)}`;
}

/** `statuses`: one per node that failed filtering (every node, when none fit). */
export function fitErrorMessage(numAllNodes: number, statuses: readonly Status[], preemptionPolicy?: string): string {
  return `0/${numAllNodes} nodes are available: ${histogram(statuses)}. ${preemptionMessage(numAllNodes, statuses, preemptionPolicy)}`;
}
