/**
 * SelectVictimsOnNode (DefaultPreemption): on one node, remove every lower-priority pod; if the
 * preemptor then fits, put pods back one by one — the most important first, the ones whose
 * PodDisruptionBudget would be violated before the rest — keeping back only those it cannot fit
 * beside. What is left over are the victims.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import { parseTime } from '../../../common/time';
import { isEverything, matches, selectorFromLabelSelector } from '../../api/labels';
import { unresolvable, type Status } from '../framework';
import type { NodeInfo } from '../nodeInfo';
import type { PodInfo } from '../podInfo';
import { podPriority } from './nominator';

export const NO_PREEMPTION_VICTIMS = 'No preemption victims found for incoming pod';

export interface Victims {
  pods: PodInfo[];
  numPDBViolations: number;
}

/** GetPodStartTime: a pod that has not started counts as starting now. */
export const podStartTime = (pod: Pod, nowMs: number): number => parseTime(pod.status?.startTime) ?? nowMs;

/** MoreImportantPod: higher priority first; among equals, the one running longer. */
export function moreImportantPod(a: Pod, b: Pod, nowMs: number): boolean {
  const pa = podPriority(a);
  const pb = podPriority(b);
  if (pa !== pb) return pa > pb;
  return podStartTime(a, nowMs) < podStartTime(b, nowMs);
}

/**
 * filterPodsWithPDBViolation: walking the pods in order, each one a budget selects uses up one of
 * its allowed disruptions; a pod that takes a budget below zero would violate it. A budget with
 * an empty selector selects nothing; pods already in its disruptedPods were counted by the API.
 */
export function filterPodsWithPDBViolation(pods: readonly PodInfo[], pdbs: readonly PodDisruptionBudget[]): { violating: PodInfo[]; nonViolating: PodInfo[] } {
  const allowed = pdbs.map((p) => p.status?.disruptionsAllowed ?? 0);
  const selectors = pdbs.map((p) => selectorFromLabelSelector(p.spec?.selector));
  const violating: PodInfo[] = [];
  const nonViolating: PodInfo[] = [];
  for (const pi of pods) {
    const { metadata } = pi.pod;
    let violated = false;
    if (metadata.labels && Object.keys(metadata.labels).length) {
      pdbs.forEach((pdb, i) => {
        if (pdb.metadata?.namespace !== metadata.namespace) return;
        if (!pdb.spec?.selector || isEverything(selectors[i]) || !matches(selectors[i], metadata.labels)) return;
        if (pdb.status?.disruptedPods?.[metadata.name]) return;
        if (--allowed[i] < 0) violated = true;
      });
    }
    (violated ? violating : nonViolating).push(pi);
  }
  return { violating, nonViolating };
}

/** `fits`: the filter plugins (with nominated pods) on a what-if copy of the node. */
export function selectVictimsOnNode(
  node: NodeInfo,
  pod: Pod,
  pdbs: readonly PodDisruptionBudget[],
  fits: (node: NodeInfo) => Status | undefined,
  nowMs: number,
): Victims | Status {
  const priority = podPriority(pod);
  const trial = node.clone();
  const potential = [...trial.pods.values()].filter((p) => podPriority(p.pod) < priority);
  if (potential.length === 0) return unresolvable(NO_PREEMPTION_VICTIMS);
  for (const p of potential) trial.removePod(p.key);
  const status = fits(trial);
  if (status) return status;
  potential.sort((a, b) => (moreImportantPod(a.pod, b.pod, nowMs) ? -1 : moreImportantPod(b.pod, a.pod, nowMs) ? 1 : 0));
  const { violating, nonViolating } = filterPodsWithPDBViolation(potential, pdbs);
  const victims: PodInfo[] = [];
  const reprieve = (p: PodInfo): boolean => {
    trial.addPod(p);
    if (!fits(trial)) return true;
    trial.removePod(p.key);
    victims.push(p);
    return false;
  };
  let numPDBViolations = 0;
  for (const p of violating) if (!reprieve(p)) numPDBViolations++;
  for (const p of nonViolating) reprieve(p);
  return { pods: victims, numPDBViolations };
}

export const isVictims = (r: Victims | Status): r is Victims => 'pods' in r;
