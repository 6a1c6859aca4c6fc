/**
 * TaintToleration: NoSchedule and NoExecute taints keep out pods that do not tolerate them;
 * PreferNoSchedule taints only lower the node's score.
 */
import type { Taint, Toleration } from 'kubernetes-types/core/v1';
import { defaultNormalizeScore, unresolvable, type FilterPlugin, type ScorePlugin } from '../framework';
import { findUntoleratedTaint, tolerationsTolerateTaint } from '../tolerations';

export const untoleratedTaintReason = (t: Taint) => `node(s) had untolerated taint {${t.key}: ${t.value ?? ''}}`;

export const taintTolerationFilter: FilterPlugin = {
  name: 'TaintToleration',
  filter(state, node) {
    const taint = findUntoleratedTaint(node.taints, state.pod.spec?.tolerations, ['NoSchedule', 'NoExecute']);
    return taint ? unresolvable(untoleratedTaintReason(taint)) : undefined;
  },
};

export const taintTolerationScore: ScorePlugin = {
  name: 'TaintToleration',
  weight: 3,
  preScore(state) {
    // Only tolerations that could apply to PreferNoSchedule taints count here.
    return (state.pod.spec?.tolerations ?? []).filter((t) => !t.effect || t.effect === 'PreferNoSchedule');
  },
  score(_state, node, tolerations) {
    let intolerable = 0;
    for (const taint of node.taints) {
      if (taint.effect === 'PreferNoSchedule' && !tolerationsTolerateTaint(tolerations as Toleration[], taint)) intolerable++;
    }
    return intolerable;
  },
  normalize(scores) {
    defaultNormalizeScore(scores, true);
  },
};
