/**
 * NodeResourcesFit: the pod's requests must fit in the node's allocatable minus what the pods
 * already there request (not what they use); scoring prefers the least allocated node.
 */
import { MAX_NODE_SCORE, unschedulable, type FilterPlugin, type ScorePlugin } from '../framework';
import type { NodeInfo } from '../nodeInfo';

const NATIVE = ['cpu', 'memory', 'ephemeral-storage'];

/** schedutil.IsScalarResourceName: extended resources (`nvidia.com/gpu`) and hugepages. */
const isScalar = (name: string) => name.startsWith('hugepages-') || (name.includes('/') && !name.startsWith('kubernetes.io/'));

/** fitsRequest: every shortfall is a reason of its own, in this order. */
export function insufficientResources(requests: ReadonlyMap<string, number>, node: NodeInfo): string[] {
  const reasons: string[] = [];
  const allowedPods = node.allocatable.get('pods') ?? 0;
  if (node.pods.size + 1 > allowedPods) reasons.push('Too many pods');
  if (![...requests.values()].some((v) => v !== 0)) return reasons;
  const free = (r: string) => (node.allocatable.get(r) ?? 0) - (node.requested.get(r) ?? 0);
  for (const r of NATIVE) {
    const want = requests.get(r) ?? 0;
    if (want > 0 && want > free(r)) reasons.push(`Insufficient ${r}`);
  }
  const scalars = [...requests.keys()].filter(isScalar).sort();
  for (const r of scalars) {
    const want = requests.get(r) ?? 0;
    if (want > 0 && want > free(r)) reasons.push(`Insufficient ${r}`);
  }
  return reasons;
}

export const nodeResourcesFitFilter: FilterPlugin = {
  name: 'NodeResourcesFit',
  filter(state, node) {
    const reasons = insufficientResources(state.podInfo.requests, node);
    return reasons.length ? unschedulable(...reasons) : undefined;
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
    let sum = 0;
    let weights = 0;
    for (const r of ['cpu', 'memory']) {
      const capacity = node.allocatable.get(r) ?? 0;
      if (capacity === 0) continue;
      const requested = (node.nonZeroRequested.get(r) ?? 0) + (state.podInfo.nonZeroRequests.get(r) ?? 0);
      sum += leastRequestedScore(requested, capacity);
      weights++;
    }
    return weights ? Math.trunc(sum / weights) : 0;
  },
};
