/**
 * PodTopologySpread with the cluster's default constraints (what replaced SelectorSpread):
 * pods of one controller are spread across hostnames (maxSkew 3) and zones (maxSkew 5) as a
 * score, so three replicas land on three nodes when they can.
 */
import { MAX_NODE_SCORE, type CycleState, type ScorePlugin } from '../framework';
import type { NodeInfo } from '../nodeInfo';

const HOSTNAME_MAX_SKEW = 3;
const ZONE_MAX_SKEW = 5;

interface SpreadState {
  controllerUid: string;
  hostnameWeight: number;
  zoneWeight: number;
  podsPerZone: Map<string, number>;
}

/** topologyNormalizingWeight: fewer domains, less weight per matching pod. */
const normalizingWeight = (domains: number) => Math.log(domains + 2);

/** scoreForCount: the maxSkew tolerance is added so a small skew does not dominate. */
const scoreForCount = (count: number, maxSkew: number, weight: number) => count * weight + (maxSkew - 1);

function preScore(state: CycleState, feasible: readonly NodeInfo[]): SpreadState {
  const controllerUid = state.podInfo.controllerUid!;
  const podsPerZone = new Map<string, number>();
  for (const n of state.allNodes) {
    if (n.zone !== undefined) podsPerZone.set(n.zone, (podsPerZone.get(n.zone) ?? 0) + (n.controllerCounts.get(controllerUid) ?? 0));
  }
  const feasibleZones = new Set<string>();
  if (podsPerZone.size) for (const n of feasible) if (n.zone !== undefined) feasibleZones.add(n.zone);
  return { controllerUid, hostnameWeight: normalizingWeight(feasible.length), zoneWeight: normalizingWeight(feasibleZones.size), podsPerZone };
}

export const podTopologySpread: ScorePlugin = {
  name: 'PodTopologySpread',
  weight: 2,
  // The default constraints select by the pod's controller; a bare pod has nothing to spread from.
  relevant: (state) => !!state.podInfo.controllerUid && !state.pod.spec?.topologySpreadConstraints?.length,
  preScore,
  score(_state, node, pre) {
    const s = pre as SpreadState;
    let score = 0;
    if (node.zone !== undefined) score += scoreForCount(s.podsPerZone.get(node.zone) ?? 0, ZONE_MAX_SKEW, s.zoneWeight);
    if (node.hasHostnameLabel) score += scoreForCount(node.controllerCounts.get(s.controllerUid) ?? 0, HOSTNAME_MAX_SKEW, s.hostnameWeight);
    return Math.round(score);
  },
  /** Fewest matching pods wins: MaxNodeScore × (max + min − score) / max. */
  normalize(scores) {
    let min = Infinity;
    let max = 0;
    for (const s of scores) {
      if (s < min) min = s;
      if (s > max) max = s;
    }
    for (let i = 0; i < scores.length; i++) {
      scores[i] = max === 0 ? MAX_NODE_SCORE : Math.trunc((MAX_NODE_SCORE * (max + min - scores[i])) / max);
    }
  },
};
