/**
 * The scheduling framework's vocabulary (pkg/scheduler/framework): plugins at the Filter and
 * Score extension points, the Status a filter returns, and the per-cycle facts about the pod
 * that plugins share so nothing is recomputed per node.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { NodeInfo } from './nodeInfo';
import type { PodInfo } from './podInfo';

/** framework.MaxNodeScore: every normalized score lies in [0, 100]. */
export const MAX_NODE_SCORE = 100;

/**
 * `Unschedulable`: removing pods (preemption) might help. `UnschedulableAndUnresolvable`: nothing
 * on this node can change the verdict, which is what "Preemption is not helpful" reports.
 */
export type StatusCode = 'Unschedulable' | 'UnschedulableAndUnresolvable';

export interface Status {
  code: StatusCode;
  /** Each reason is counted separately in the FailedScheduling message. */
  reasons: string[];
}

export const unschedulable = (...reasons: string[]): Status => ({ code: 'Unschedulable', reasons });
export const unresolvable = (...reasons: string[]): Status => ({ code: 'UnschedulableAndUnresolvable', reasons });

/** What every plugin of one cycle may read: the pod, its precomputed facts, and the cluster. */
export interface CycleState {
  pod: Pod;
  podInfo: PodInfo;
  /** All nodes of the snapshot, for plugins that weigh a node against the rest. */
  allNodes: readonly NodeInfo[];
  /** Image name → how many nodes hold it. */
  imageNodeCounts: ReadonlyMap<string, number>;
  /** PreFilter results: what a plugin derives from the pod once per cycle, by plugin name. */
  data: Map<string, unknown>;
}

/** Computes a plugin's per-pod data on first use in a cycle, like a PreFilter extension point. */
export function preFilter<T extends object>(state: CycleState, plugin: string, compute: (pod: Pod) => T): T {
  let v = state.data.get(plugin) as T | undefined;
  if (v === undefined) state.data.set(plugin, (v = compute(state.pod)));
  return v;
}

export interface FilterPlugin {
  readonly name: string;
  /**
   * PreFilter: once per cycle, before any node is looked at. A Status rejects the pod on every
   * node at once (`pod has unbound immediate PersistentVolumeClaims`); undefined goes on to filter.
   */
  preFilter?(state: CycleState): Status | undefined;
  /** undefined means the node passes. */
  filter(state: CycleState, node: NodeInfo): Status | undefined;
}

export interface ScorePlugin {
  readonly name: string;
  readonly weight: number;
  /** False when the plugin has nothing to say about this pod (PreScore's Skip). */
  relevant?(state: CycleState): boolean;
  /** Called once per cycle with the feasible nodes, before score(). */
  preScore?(state: CycleState, feasible: readonly NodeInfo[]): unknown;
  score(state: CycleState, node: NodeInfo, pre: unknown): number;
  /** Maps raw scores in place onto [0, MAX_NODE_SCORE]; absent when they already are. */
  normalize?(scores: number[], state: CycleState, feasible: readonly NodeInfo[], pre: unknown): void;
}

/** helper.DefaultNormalizeScore: scale to the maximum; `reverse` makes low raw scores win. */
export function defaultNormalizeScore(scores: number[], reverse: boolean): void {
  let max = 0;
  for (const s of scores) if (s > max) max = s;
  if (max === 0) {
    if (reverse) scores.fill(MAX_NODE_SCORE);
    return;
  }
  for (let i = 0; i < scores.length; i++) {
    const s = Math.trunc((MAX_NODE_SCORE * scores[i]) / max);
    scores[i] = reverse ? MAX_NODE_SCORE - s : s;
  }
}
