/**
 * Node selector terms as component-helpers/scheduling/corev1/nodeaffinity matches them: terms are
 * ORed, the requirements inside a term ANDed, an empty term matches nothing, and a term that
 * does not parse (a bad operator, `Gt` with two values) matches nothing instead of failing.
 */
import type { Node, NodeSelectorRequirement, NodeSelectorTerm } from 'kubernetes-types/core/v1';
import { matches, newRequirement, type LabelSelectorParsed, type SelectorOperator } from '../api/labels';

const OPERATORS: Record<string, SelectorOperator> = { In: 'in', NotIn: 'notin', Exists: 'exists', DoesNotExist: '!', Gt: 'gt', Lt: 'lt' };

export interface CompiledTerm {
  labels: LabelSelectorParsed;
  /** matchFields: only `metadata.name` exists, and only with In / NotIn. */
  fields: LabelSelectorParsed;
}

function compile(reqs: readonly NodeSelectorRequirement[] | undefined, fields: boolean): LabelSelectorParsed | undefined {
  try {
    const out = (reqs ?? []).map((r) => {
      const op = OPERATORS[r.operator];
      if (!op || (fields && (r.key !== 'metadata.name' || (op !== 'in' && op !== 'notin')))) throw new Error('invalid');
      return fields ? { key: r.key, operator: op, values: [...(r.values ?? [])] } : newRequirement(r.key, op, r.values ?? []);
    });
    return { requirements: out };
  } catch {
    return undefined;
  }
}

/** undefined for a term that can match no node. */
export function compileTerm(term: NodeSelectorTerm): CompiledTerm | undefined {
  if (!term.matchExpressions?.length && !term.matchFields?.length) return undefined;
  const labels = compile(term.matchExpressions, false);
  const fields = compile(term.matchFields, true);
  return labels && fields ? { labels, fields } : undefined;
}

export function termMatches(term: CompiledTerm | undefined, node: Node): boolean {
  if (!term) return false;
  return matches(term.labels, node.metadata?.labels) && matches(term.fields, { 'metadata.name': node.metadata?.name ?? '' });
}
