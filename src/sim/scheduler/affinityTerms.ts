/**
 * Pod (anti-)affinity terms as framework.AffinityTerm: a label selector over pods, the
 * namespaces it looks in, and the topology key that makes "the same place" (node, zone …).
 */
import type { Pod, PodAffinityTerm } from 'kubernetes-types/core/v1';
import { matches, NOTHING, selectorFromLabelSelector, type LabelSelectorParsed } from '../api/labels';

export interface AffinityTerm {
  topologyKey: string;
  /** undefined: every namespace (`namespaceSelector: {}`). */
  namespaces?: ReadonlySet<string>;
  selector: LabelSelectorParsed;
  weight: number;
}

function compileTerm(owner: Pod, term: PodAffinityTerm, weight = 1): AffinityTerm {
  let selector: LabelSelectorParsed;
  try {
    selector = selectorFromLabelSelector(term.labelSelector);
  } catch {
    selector = NOTHING;
  }
  const listed = term.namespaces ?? [];
  const everywhere = !listed.length && term.namespaceSelector !== undefined && !term.namespaceSelector.matchLabels && !term.namespaceSelector.matchExpressions?.length;
  // No namespaces and no selector mean the namespace of the pod that carries the term.
  const namespaces = everywhere ? undefined : new Set(listed.length ? listed : [owner.metadata?.namespace ?? 'default']);
  return { topologyKey: term.topologyKey, namespaces, selector, weight };
}

export interface PodAffinityTerms {
  requiredAffinity: AffinityTerm[];
  requiredAntiAffinity: AffinityTerm[];
  /** Weighted; anti-affinity terms carry a negative weight. */
  preferred: AffinityTerm[];
}

export function affinityTermsOf(pod: Pod): PodAffinityTerms | undefined {
  const a = pod.spec?.affinity;
  if (!a?.podAffinity && !a?.podAntiAffinity) return undefined;
  return {
    requiredAffinity: (a.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []).map((t) => compileTerm(pod, t)),
    requiredAntiAffinity: (a.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []).map((t) => compileTerm(pod, t)),
    preferred: [
      ...(a.podAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []).map((w) => compileTerm(pod, w.podAffinityTerm, w.weight)),
      ...(a.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []).map((w) => compileTerm(pod, w.podAffinityTerm, -w.weight)),
    ],
  };
}

/** AffinityTerm.Matches: the pod is in one of the term's namespaces and its labels match. */
export function termMatchesPod(term: AffinityTerm, pod: Pod): boolean {
  return (!term.namespaces || term.namespaces.has(pod.metadata?.namespace ?? 'default')) && matches(term.selector, pod.metadata?.labels);
}
