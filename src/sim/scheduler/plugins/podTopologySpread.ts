/**
 * PodTopologySpread: `topologySpreadConstraints` keep matching pods evenly spread over topology
 * domains — DoNotSchedule ones as a filter (skew ≤ maxSkew), ScheduleAnyway ones as a score.
 * A pod without constraints gets the cluster defaults (what replaced SelectorSpread): pods of
 * its controller spread over hostnames (maxSkew 3) and zones (maxSkew 5), as a score.
 */
import type { Pod, TopologySpreadConstraint } from 'kubernetes-types/core/v1';
import { matches, NOTHING, selectorFromLabelSelector } from '../../api/labels';
import { MAX_NODE_SCORE, preFilter, unresolvable, unschedulable, type CycleState, type FilterPlugin, type ScorePlugin } from '../framework';
import type { NodeInfo } from '../nodeInfo';
import { nodeAffinityFilter } from './nodeAffinity';

export const ERR_REASON_CONSTRAINTS_NOT_MATCH = "node(s) didn't match pod topology spread constraints";
export const ERR_REASON_NODE_LABEL_NOT_MATCH = `${ERR_REASON_CONSTRAINTS_NOT_MATCH} (missing required label)`;

const LABEL_HOSTNAME = 'kubernetes.io/hostname';

interface Constraint {
  topologyKey: string;
  maxSkew: number;
  minDomains: number;
  /** Matching pods on a node, terminating ones and other namespaces excluded. */
  count(node: NodeInfo): number;
  selfMatch: boolean;
}

function explicitConstraints(pod: Pod, cs: readonly TopologySpreadConstraint[]): Constraint[] {
  const namespace = pod.metadata?.namespace ?? 'default';
  return cs.map((c) => {
    let selector = NOTHING;
    try {
      selector = selectorFromLabelSelector(c.labelSelector);
    } catch {
      // An invalid selector selects nothing, as in the real plugin.
    }
    const count = (node: NodeInfo) => {
      let n = 0;
      for (const p of node.pods.values()) if (!p.terminating && p.pod.metadata.namespace === namespace && matches(selector, p.pod.metadata.labels)) n++;
      return n;
    };
    return { topologyKey: c.topologyKey, maxSkew: c.maxSkew, minDomains: c.minDomains ?? 1, count, selfMatch: matches(selector, pod.metadata?.labels) };
  });
}

/** The default constraints select by the pod's controller; a bare pod has nothing to spread from. */
function defaultConstraints(controllerUid: string): Constraint[] {
  const count = (node: NodeInfo) => node.controllerCounts.get(controllerUid) ?? 0;
  return [
    { topologyKey: LABEL_ZONE, maxSkew: 5, minDomains: 1, count, selfMatch: true },
    { topologyKey: LABEL_HOSTNAME, maxSkew: 3, minDomains: 1, count, selfMatch: true },
  ];
}

const LABEL_ZONE = 'topology.kubernetes.io/zone';

/** Zone and hostname come from NodeInfo's fields: this runs for every node in every cycle. */
function labelOf(node: NodeInfo, key: string): string | undefined {
  if (key === LABEL_ZONE) return node.zone;
  if (key === LABEL_HOSTNAME) return node.hostname;
  return node.node?.metadata?.labels?.[key];
}
const hasAllKeys = (node: NodeInfo, cs: readonly Constraint[]) => cs.every((c) => labelOf(node, c.topologyKey) !== undefined);

/** Matching pods per domain, over the nodes the pod could go to (nodeAffinityPolicy: Honor). */
function podsPerDomain(state: CycleState, cs: readonly Constraint[], requireAll: boolean, skipHostname: boolean): Map<string, number>[] {
  const out = cs.map(() => new Map<string, number>());
  // Scoring counts hostname domains node by node instead.
  const counted = cs.map((c, i) => i).filter((i) => !(skipHostname && cs[i].topologyKey === LABEL_HOSTNAME));
  if (!counted.length) return out;
  for (const node of state.allNodes) {
    if (requireAll && !hasAllKeys(node, cs)) continue;
    let eligible: boolean | undefined;
    for (const i of counted) {
      const value = labelOf(node, cs[i].topologyKey);
      if (value === undefined) continue;
      eligible ??= !nodeAffinityFilter.filter(state, node);
      if (eligible) out[i].set(value, (out[i].get(value) ?? 0) + cs[i].count(node));
    }
  }
  return out;
}

interface FilterState {
  constraints: Constraint[];
  domains: Map<string, number>[];
}

export const podTopologySpreadFilter: FilterPlugin = {
  name: 'PodTopologySpread',
  filter(state, node) {
    const s = preFilter(state, 'PodTopologySpread', (pod): FilterState => {
      const hard = (pod.spec?.topologySpreadConstraints ?? []).filter((c) => c.whenUnsatisfiable === 'DoNotSchedule');
      const constraints = explicitConstraints(pod, hard);
      return { constraints, domains: constraints.length ? podsPerDomain(state, constraints, true, false) : [] };
    });
    for (let i = 0; i < s.constraints.length; i++) {
      const c = s.constraints[i];
      const value = labelOf(node, c.topologyKey);
      if (value === undefined) return unresolvable(ERR_REASON_NODE_LABEL_NOT_MATCH);
      const counts = s.domains[i];
      const min = counts.size < c.minDomains ? 0 : Math.min(...counts.values());
      if ((counts.get(value) ?? 0) + (c.selfMatch ? 1 : 0) - min > c.maxSkew) return unschedulable(ERR_REASON_CONSTRAINTS_NOT_MATCH);
    }
    return undefined;
  },
};

interface ScoreState {
  constraints: Constraint[];
  domains: Map<string, number>[];
  weights: number[];
  ignored: Set<string>;
}

/** The soft constraints, or the defaults when the pod sets none at all. */
function scoringConstraints(state: CycleState): { constraints: Constraint[]; explicit: boolean } {
  const all = state.pod.spec?.topologySpreadConstraints ?? [];
  if (all.length) return { constraints: explicitConstraints(state.pod, all.filter((c) => c.whenUnsatisfiable === 'ScheduleAnyway')), explicit: true };
  return { constraints: state.podInfo.controllerUid ? defaultConstraints(state.podInfo.controllerUid) : [], explicit: false };
}

/** topologyNormalizingWeight: fewer domains, less weight per matching pod. */
const normalizingWeight = (domains: number) => Math.log(domains + 2);

export const podTopologySpreadScore: ScorePlugin = {
  name: 'PodTopologySpread',
  weight: 2,
  relevant: (state) => scoringConstraints(state).constraints.length > 0,
  preScore(state, feasible): ScoreState {
    const { constraints, explicit } = scoringConstraints(state);
    const ignored = new Set(explicit ? feasible.filter((n) => !hasAllKeys(n, constraints)).map((n) => n.name) : []);
    const weights = constraints.map((c) => {
      if (c.topologyKey === LABEL_HOSTNAME) return normalizingWeight(feasible.length - ignored.size);
      const values = new Set<string>();
      for (const n of feasible) {
        const v = labelOf(n, c.topologyKey);
        if (v !== undefined && !ignored.has(n.name)) values.add(v);
      }
      return normalizingWeight(values.size);
    });
    return { constraints, domains: podsPerDomain(state, constraints, explicit, true), weights, ignored };
  },
  score(_state, node, pre) {
    const s = pre as ScoreState;
    if (s.ignored.has(node.name)) return 0;
    let score = 0;
    for (let i = 0; i < s.constraints.length; i++) {
      const c = s.constraints[i];
      const value = labelOf(node, c.topologyKey);
      if (value === undefined) continue;
      const count = c.topologyKey === LABEL_HOSTNAME ? c.count(node) : (s.domains[i].get(value) ?? 0);
      // scoreForCount: maxSkew − 1 is added so a small skew does not dominate.
      score += count * s.weights[i] + (c.maxSkew - 1);
    }
    return Math.round(score);
  },
  /** Fewest matching pods wins: MaxNodeScore × (max + min − score) / max; ignored nodes get 0. */
  normalize(scores, _state, feasible, pre) {
    const { ignored } = pre as ScoreState;
    let min = Infinity;
    let max = 0;
    scores.forEach((s, i) => {
      if (ignored.has(feasible[i].name)) return;
      min = Math.min(min, s);
      max = Math.max(max, s);
    });
    for (let i = 0; i < scores.length; i++) {
      if (ignored.has(feasible[i].name)) scores[i] = 0;
      else scores[i] = max === 0 ? MAX_NODE_SCORE : Math.trunc((MAX_NODE_SCORE * (max + min - scores[i])) / max);
    }
  },
};
