/**
 * NodeAffinity: `spec.nodeSelector` and required node affinity must both match the node's
 * labels; preferred node affinity adds the weights of the terms a node matches.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { matches, selectorFromSet, type LabelSelectorParsed } from '../../api/labels';
import { defaultNormalizeScore, preFilter, unresolvable, type FilterPlugin, type ScorePlugin } from '../framework';
import { compileTerm, termMatches, type CompiledTerm } from '../nodeSelector';

export const ERR_REASON_POD = "node(s) didn't match Pod's node affinity/selector";

interface RequiredNodeAffinity {
  nodeSelector?: LabelSelectorParsed;
  /** undefined: no required affinity; otherwise the node must match one of these terms. */
  terms?: (CompiledTerm | undefined)[];
}

function requiredNodeAffinity(pod: Pod): RequiredNodeAffinity {
  const sel = pod.spec?.nodeSelector;
  const required = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  return {
    nodeSelector: sel && Object.keys(sel).length ? selectorFromSet(sel) : undefined,
    terms: required ? required.nodeSelectorTerms.map(compileTerm) : undefined,
  };
}

export const nodeAffinityFilter: FilterPlugin = {
  name: 'NodeAffinity',
  filter(state, node) {
    const req = preFilter(state, 'NodeAffinity', requiredNodeAffinity);
    const n = node.node!;
    if (req.nodeSelector && !matches(req.nodeSelector, n.metadata?.labels)) return unresolvable(ERR_REASON_POD);
    if (req.terms && !req.terms.some((t) => termMatches(t, n))) return unresolvable(ERR_REASON_POD);
    return undefined;
  },
};

interface WeightedTerm {
  weight: number;
  term?: CompiledTerm;
}

export const nodeAffinityScore: ScorePlugin = {
  name: 'NodeAffinity',
  weight: 2,
  relevant: (state) => !!state.pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution?.length,
  preScore(state): WeightedTerm[] {
    const preferred = state.pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
    return preferred.filter((p) => p.weight !== 0).map((p) => ({ weight: p.weight, term: compileTerm(p.preference) }));
  },
  score(_state, node, pre) {
    let sum = 0;
    for (const { weight, term } of pre as WeightedTerm[]) if (termMatches(term, node.node!)) sum += weight;
    return sum;
  },
  normalize(scores) {
    defaultNormalizeScore(scores, false);
  },
};
