/**
 * CheckNodeAffinity for PersistentVolumes: a volume that lives on some nodes only (a `local`
 * or hostPath volume with `nodeAffinity.required`) may be used by pods on those nodes.
 */
import type { NodeSelectorRequirement, PersistentVolume } from 'kubernetes-types/core/v1';

function requirementMatches(r: NodeSelectorRequirement, value: string | undefined): boolean {
  const values = r.values ?? [];
  switch (r.operator) {
    case 'In':
      return value !== undefined && values.includes(value);
    case 'NotIn':
      return value === undefined || !values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    case 'Gt':
    case 'Lt': {
      const [have, want] = [Number(value), Number(values[0])];
      if (value === undefined || !Number.isInteger(have) || !Number.isInteger(want)) return false;
      return r.operator === 'Gt' ? have > want : have < want;
    }
    default:
      return false;
  }
}

/** True when the volume has no required node affinity or one of its terms matches the node. */
export function volumeNodeAffinityMatches(pv: PersistentVolume, nodeName: string, nodeLabels: Record<string, string> | undefined): boolean {
  const terms = pv.spec?.nodeAffinity?.required?.nodeSelectorTerms;
  if (!terms) return true;
  return terms.some((t) => {
    if (!t.matchExpressions?.length && !t.matchFields?.length) return false;
    const exprs = (t.matchExpressions ?? []).every((r) => requirementMatches(r, nodeLabels?.[r.key]));
    const fields = (t.matchFields ?? []).every((r) => requirementMatches(r, r.key === 'metadata.name' ? nodeName : undefined));
    return exprs && fields;
  });
}
