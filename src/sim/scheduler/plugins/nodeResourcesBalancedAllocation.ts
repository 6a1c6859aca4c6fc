/**
 * NodeResourcesBalancedAllocation: prefers the node where cpu and memory would be used in the
 * most similar proportion, so neither is stranded. Uses the real requests, not the defaults.
 */
import { MAX_NODE_SCORE, type ScorePlugin } from '../framework';

export const nodeResourcesBalancedAllocation: ScorePlugin = {
  name: 'NodeResourcesBalancedAllocation',
  weight: 1,
  score(state, node) {
    const fractions: number[] = [];
    for (const r of ['cpu', 'memory']) {
      const capacity = node.allocatable.get(r) ?? 0;
      if (capacity === 0) continue;
      const requested = (node.requested.get(r) ?? 0) + (state.podInfo.requests.get(r) ?? 0);
      fractions.push(Math.min(requested / capacity, 1));
    }
    const std = fractions.length === 2 ? Math.abs((fractions[0] - fractions[1]) / 2) : 0;
    return Math.trunc((1 - std) * MAX_NODE_SCORE);
  },
};
