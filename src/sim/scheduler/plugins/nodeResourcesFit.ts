/**
 * NodeResourcesFit: the pod's requests must fit in the node's allocatable minus what the pods
 * already there request (not what they use); scoring prefers the least allocated node.
 */
import { MAX_NODE_SCORE, unschedulable, type FilterPlugin, type ScorePlugin } from '../framework';
import type { NodeInfo } from '../nodeInfo';
import type { PodInfo } from '../podInfo';

/** fitsRequest: every shortfall is a reason of its own, pods first, then cpu, memory, the rest. */
export function insufficientResources(pod: PodInfo, node: NodeInfo): string[] | undefined {
  let reasons: string[] | undefined;
  if (node.pods.size + 1 > node.allowedPods) reasons = ['Too many pods'];
  for (const [resource, want] of pod.fitRequests) {
    if (want > (node.allocatable.get(resource) ?? 0) - (node.requested.get(resource) ?? 0)) (reasons ??= []).push(`Insufficient ${resource}`);
  }
  return reasons;
}

export const nodeResourcesFitFilter: FilterPlugin = {
  name: 'NodeResourcesFit',
  filter(state, node) {
    const reasons = insufficientResources(state.podInfo, node);
    return reasons ? unschedulable(...reasons) : undefined;
  },
};

/** leastRequestedScore: the share of the node left free once the pod is on it. */
function leastRequestedScore(requested: number, capacity: number): number {
  if (capacity === 0 || requested > capacity) return 0;
  return Math.trunc(((capacity - requested) * MAX_NODE_SCORE) / capacity);
}

/** The LeastAllocated strategy over cpu and memory, weight 1 each, with non-zero defaults. */
export const nodeResourcesFitScore: ScorePlugin = {
  name: 'NodeResourcesFit',
  weight: 1,
  score(state, node) {
    const { nonZeroCpu, nonZeroMemory } = state.podInfo;
    if (node.allocatableCpu === 0 || node.allocatableMemory === 0) {
      // A resource the node does not report drops out of the average.
      if (node.allocatableCpu) return leastRequestedScore(node.nonZeroCpu + nonZeroCpu, node.allocatableCpu);
      return node.allocatableMemory ? leastRequestedScore(node.nonZeroMemory + nonZeroMemory, node.allocatableMemory) : 0;
    }
    const cpu = leastRequestedScore(node.nonZeroCpu + nonZeroCpu, node.allocatableCpu);
    const memory = leastRequestedScore(node.nonZeroMemory + nonZeroMemory, node.allocatableMemory);
    return Math.trunc((cpu + memory) / 2);
  },
};
