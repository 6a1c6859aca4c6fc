/**
 * NodeResourcesBalancedAllocation: prefers the node where cpu and memory would be used in the
 * most similar proportion, so neither is stranded. Uses the real requests, not the defaults.
 */
import { MAX_NODE_SCORE, type ScorePlugin } from '../framework';

export const nodeResourcesBalancedAllocation: ScorePlugin = {
  name: 'NodeResourcesBalancedAllocation',
  weight: 1,
  score(state, node) {
    // Resources the node does not report are left out: with one left, there is nothing to balance.
    if (node.allocatableCpu === 0 || node.allocatableMemory === 0) return MAX_NODE_SCORE;
    const cpu = Math.min((node.requestedCpu + state.podInfo.cpu) / node.allocatableCpu, 1);
    const memory = Math.min((node.requestedMemory + state.podInfo.memory) / node.allocatableMemory, 1);
    return Math.trunc((1 - Math.abs((cpu - memory) / 2)) * MAX_NODE_SCORE);
  },
};
