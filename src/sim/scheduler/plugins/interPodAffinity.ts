/**
 * InterPodAffinity: required pod affinity (be in the same topology domain as matching pods),
 * required anti-affinity (never with them) — both the incoming pod's and that of pods already
 * placed — and preferred terms as a score.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { termMatchesPod, type AffinityTerm } from '../affinityTerms';
import { MAX_NODE_SCORE, preFilter, unresolvable, unschedulable, type CycleState, type FilterPlugin, type ScorePlugin } from '../framework';
import type { NodeInfo } from '../nodeInfo';

export const ERR_REASON_AFFINITY_RULES_NOT_MATCH = "node(s) didn't match pod affinity rules";
export const ERR_REASON_ANTI_AFFINITY_RULES_NOT_MATCH = "node(s) didn't match pod anti-affinity rules";
export const ERR_REASON_EXISTING_ANTI_AFFINITY_RULES_NOT_MATCH = "node(s) didn't satisfy existing pods anti-affinity rules";

type PairCounts = Map<string, number>;

const pair = (key: string, value: string) => `${key}\u0000${value}`;

function bump(counts: PairCounts, term: AffinityTerm, node: NodeInfo, by = 1): void {
  const value = node.node?.metadata?.labels?.[term.topologyKey];
  if (value !== undefined) counts.set(pair(term.topologyKey, value), (counts.get(pair(term.topologyKey, value)) ?? 0) + by);
}

interface AffinityState {
  /** Domains where an existing pod's required anti-affinity rejects the incoming pod. */
  existingAntiAffinity: PairCounts;
  /** Domains holding pods that match all the incoming pod's required affinity terms. */
  affinity: PairCounts;
  antiAffinity: PairCounts;
}

const matchesAll = (terms: readonly AffinityTerm[], pod: Pod) => terms.every((t) => termMatchesPod(t, pod));

function computeState(state: CycleState): AffinityState {
  const s: AffinityState = { existingAntiAffinity: new Map(), affinity: new Map(), antiAffinity: new Map() };
  const terms = state.podInfo.affinity;
  for (const node of state.allNodes) {
    if (node.podsWithRequiredAntiAffinity.size) for (const existing of node.podsWithRequiredAntiAffinity.values()) {
      for (const t of existing.affinity!.requiredAntiAffinity) if (termMatchesPod(t, state.pod)) bump(s.existingAntiAffinity, t, node);
    }
    if (!terms || (!terms.requiredAffinity.length && !terms.requiredAntiAffinity.length)) continue;
    for (const existing of node.pods.values()) {
      if (terms.requiredAffinity.length && matchesAll(terms.requiredAffinity, existing.pod)) for (const t of terms.requiredAffinity) bump(s.affinity, t, node);
      for (const t of terms.requiredAntiAffinity) if (termMatchesPod(t, existing.pod)) bump(s.antiAffinity, t, node);
    }
  }
  return s;
}

const labelOf = (node: NodeInfo, key: string) => node.node?.metadata?.labels?.[key];

function satisfiesPodAffinity(s: AffinityState, terms: readonly AffinityTerm[], pod: Pod, node: NodeInfo): boolean {
  let podsExist = true;
  for (const t of terms) {
    const value = labelOf(node, t.topologyKey);
    if (value === undefined) return false;
    if (!((s.affinity.get(pair(t.topologyKey, value)) ?? 0) > 0)) podsExist = false;
  }
  // The first pod of a group with affinity to itself would otherwise wait forever.
  return podsExist || (s.affinity.size === 0 && matchesAll(terms, pod));
}

function satisfiesExistingAntiAffinity(s: AffinityState, node: NodeInfo): boolean {
  if (!s.existingAntiAffinity.size) return true;
  return !Object.entries(node.node?.metadata?.labels ?? {}).some(([k, v]) => (s.existingAntiAffinity.get(pair(k, v)) ?? 0) > 0);
}

export const interPodAffinityFilter: FilterPlugin = {
  name: 'InterPodAffinity',
  filter(state, node) {
    const s = preFilter(state, 'InterPodAffinity', () => computeState(state));
    const terms = state.podInfo.affinity;
    if (terms?.requiredAffinity.length && !satisfiesPodAffinity(s, terms.requiredAffinity, state.pod, node)) return unresolvable(ERR_REASON_AFFINITY_RULES_NOT_MATCH);
    for (const t of terms?.requiredAntiAffinity ?? []) {
      const value = labelOf(node, t.topologyKey);
      if (value !== undefined && (s.antiAffinity.get(pair(t.topologyKey, value)) ?? 0) > 0) return unschedulable(ERR_REASON_ANTI_AFFINITY_RULES_NOT_MATCH);
    }
    return satisfiesExistingAntiAffinity(s, node) ? undefined : unschedulable(ERR_REASON_EXISTING_ANTI_AFFINITY_RULES_NOT_MATCH);
  },
};

/** The incoming pod's preferred terms: each matching pod adds (anti: subtracts) the weight to its domain. */
export const interPodAffinityScore: ScorePlugin = {
  name: 'InterPodAffinity',
  weight: 2,
  relevant: (state) => !!state.podInfo.affinity?.preferred.length,
  preScore(state): PairCounts {
    const scores: PairCounts = new Map();
    for (const node of state.allNodes) {
      for (const existing of node.pods.values()) {
        for (const t of state.podInfo.affinity!.preferred) if (termMatchesPod(t, existing.pod)) bump(scores, t, node, t.weight);
      }
    }
    return scores;
  },
  score(_state, node, pre) {
    let sum = 0;
    for (const [k, v] of Object.entries(node.node?.metadata?.labels ?? {})) sum += (pre as PairCounts).get(pair(k, v)) ?? 0;
    return sum;
  },
  normalize(scores) {
    const min = Math.min(...scores);
    const diff = Math.max(...scores) - min;
    for (let i = 0; i < scores.length; i++) scores[i] = diff > 0 ? Math.trunc(MAX_NODE_SCORE * ((scores[i] - min) / diff)) : 0;
  },
};
