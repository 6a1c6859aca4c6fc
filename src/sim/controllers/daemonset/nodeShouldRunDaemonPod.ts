/**
 * Which nodes a DaemonSet covers (NodeShouldRunDaemonPod): the template's nodeName, its
 * nodeSelector and required node affinity must match, and its tolerations (with the daemon
 * ones added) must tolerate the node's NoSchedule and NoExecute taints. A daemon already on a
 * node keeps running there unless a NoExecute taint is left untolerated.
 */
import type { DaemonSet } from 'kubernetes-types/apps/v1';
import type { Node, PodSpec } from 'kubernetes-types/core/v1';
import { compileTerm, termMatches } from '../../scheduler/nodeSelector';
import { findUntoleratedTaint } from '../../scheduler/tolerations';
import { addOrUpdateDaemonPodTolerations } from './daemonPodTolerations';

export interface ShouldRun {
  /** A daemon pod should be placed on the node. */
  shouldRun: boolean;
  /** A daemon pod already there may stay. */
  shouldContinueRunning: boolean;
}

function fitsNodeAffinity(spec: PodSpec, node: Node): boolean {
  const labels = node.metadata?.labels ?? {};
  if (Object.entries(spec.nodeSelector ?? {}).some(([k, v]) => labels[k] !== v)) return false;
  const required = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  if (!required) return true;
  return required.nodeSelectorTerms.some((t) => termMatches(compileTerm(t), node));
}

export function nodeShouldRunDaemonPod(node: Node, ds: DaemonSet): ShouldRun {
  const spec = ds.spec?.template?.spec ?? { containers: [] };
  const fitsNodeName = !spec.nodeName || spec.nodeName === node.metadata?.name;
  if (!fitsNodeName || !fitsNodeAffinity(spec, node)) return { shouldRun: false, shouldContinueRunning: false };
  const tolerations = addOrUpdateDaemonPodTolerations(spec);
  const taints = node.spec?.taints;
  if (!findUntoleratedTaint(taints, tolerations, ['NoSchedule', 'NoExecute'])) return { shouldRun: true, shouldContinueRunning: true };
  return { shouldRun: false, shouldContinueRunning: !findUntoleratedTaint(taints, tolerations, ['NoExecute']) };
}
