/** The default profile's plugins, in the order kube-scheduler v1.32 runs them. */
import type { FilterPlugin, ScorePlugin } from '../framework';
import { imageLocality } from './imageLocality';
import { interPodAffinityFilter, interPodAffinityScore } from './interPodAffinity';
import { nodeAffinityFilter, nodeAffinityScore } from './nodeAffinity';
import { nodeName } from './nodeName';
import { nodePorts } from './nodePorts';
import { nodeResourcesBalancedAllocation } from './nodeResourcesBalancedAllocation';
import { nodeResourcesFitFilter, nodeResourcesFitScore } from './nodeResourcesFit';
import { nodeUnschedulable } from './nodeUnschedulable';
import { podTopologySpreadFilter, podTopologySpreadScore } from './podTopologySpread';
import { taintTolerationFilter, taintTolerationScore } from './taintToleration';
import { volumeBinding, type VolumeListers } from './volumeBinding';

export const DEFAULT_FILTER_PLUGINS: readonly FilterPlugin[] = [nodeUnschedulable, nodeName, taintTolerationFilter, nodeAffinityFilter, nodePorts, nodeResourcesFitFilter, podTopologySpreadFilter, interPodAffinityFilter];

/** The default filters with VolumeBinding in its place (after NodeResourcesFit), over the cluster's storage listers. */
export function defaultFilterPlugins(volumes: VolumeListers): readonly FilterPlugin[] {
  const at = DEFAULT_FILTER_PLUGINS.indexOf(nodeResourcesFitFilter) + 1;
  return [...DEFAULT_FILTER_PLUGINS.slice(0, at), volumeBinding(volumes), ...DEFAULT_FILTER_PLUGINS.slice(at)];
}

export { requeueOnVolumeEvents, volumeListers, volumeRetryPending, type VolumeListers } from './volumeBinding';

export const DEFAULT_SCORE_PLUGINS: readonly ScorePlugin[] = [
  taintTolerationScore,
  nodeAffinityScore,
  nodeResourcesFitScore,
  podTopologySpreadScore,
  interPodAffinityScore,
  nodeResourcesBalancedAllocation,
  imageLocality,
];
