/**
 * Which pods a ReplicaSet removes when it has too many: the ones it costs least to lose,
 * ranked by ActivePodsWithRanks, where a pod sharing its node with more pods of the same
 * Deployment ranks as more expendable.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { compareActivePodsWithRanks, isPodActive, type RankedPod } from '../util/activePods';

export function getPodsRankedByRelatedPodsOnSameNode<T extends Pod>(podsToRank: readonly T[], relatedPods: readonly Pod[]): RankedPod<T>[] {
  const podsOnNode = new Map<string, number>();
  for (const pod of relatedPods) {
    if (!isPodActive(pod)) continue;
    const node = pod.spec?.nodeName ?? '';
    podsOnNode.set(node, (podsOnNode.get(node) ?? 0) + 1);
  }
  return podsToRank.map((pod) => ({ pod, rank: podsOnNode.get(pod.spec?.nodeName ?? '') ?? 0 }));
}

export function getPodsToDelete<T extends Pod>(filteredPods: readonly T[], relatedPods: readonly Pod[], diff: number, nowMs: number): T[] {
  // Deleting them all needs no ranking.
  if (diff >= filteredPods.length) return filteredPods.slice(0, diff);
  const ranked = getPodsRankedByRelatedPodsOnSameNode(filteredPods, relatedPods);
  ranked.sort((a, b) => compareActivePodsWithRanks(a, b, nowMs));
  return ranked.slice(0, diff).map((r) => r.pod);
}
