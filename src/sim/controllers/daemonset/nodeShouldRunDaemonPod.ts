/**
 * Which nodes a DaemonSet covers (NodeShouldRunDaemonPod): the template's nodeName, its
 * nodeSelector and required node affinity must match, and its tolerations (with the daemon
 * ones added) must tolerate the node's NoSchedule and NoExecute taints. A daemon already on a
 * node keeps running there unless a NoExecute taint is left untolerated.
 */
import type { DaemonSet } from 'kubernetes-types/apps/v1';
import type { Node } from 'kubernetes-types/core/v1';
import { compileTerm, termMatches } from '../../scheduler/nodeSelector';
import { findUntoleratedTaint } from '../../scheduler/tolerations';
import { addOrUpdateDaemonPodTolerations } from './daemonPodTolerations';

export interface ShouldRun {
  /** A daemon pod should be placed on the node. */
  shouldRun: boolean;
  /** A daemon pod already there may stay. */
  shouldContinueRunning: boolean;
}

const NOT_HERE: ShouldRun = { shouldRun: false, shouldContinueRunning: false };
const RUN: ShouldRun = { shouldRun: true, shouldContinueRunning: true };
const KEEP_ONLY: ShouldRun = { shouldRun: false, shouldContinueRunning: true };

/**
 * The template's predicates compiled once, then applied to each node: a sync asks about every
 * node, and a thousand-node cluster asks often.
 */
export function daemonSetNodePredicate(ds: DaemonSet): (node: Node) => ShouldRun {
  const spec = ds.spec?.template?.spec ?? { containers: [] };
  const selector = Object.entries(spec.nodeSelector ?? {});
  const required = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  const terms = required?.nodeSelectorTerms.map(compileTerm);
  const tolerations = addOrUpdateDaemonPodTolerations(spec);
  return (node) => {
    if (spec.nodeName && spec.nodeName !== node.metadata?.name) return NOT_HERE;
    const labels = node.metadata?.labels ?? {};
    if (selector.some(([k, v]) => labels[k] !== v)) return NOT_HERE;
    if (terms && !terms.some((t) => termMatches(t, node))) return NOT_HERE;
    const taints = node.spec?.taints;
    if (!taints?.length || !findUntoleratedTaint(taints, tolerations, ['NoSchedule', 'NoExecute'])) return RUN;
    return findUntoleratedTaint(taints, tolerations, ['NoExecute']) ? NOT_HERE : KEEP_ONLY;
  };
}

export function nodeShouldRunDaemonPod(node: Node, ds: DaemonSet): ShouldRun {
  return daemonSetNodePredicate(ds)(node);
}
