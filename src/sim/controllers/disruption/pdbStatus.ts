/**
 * The disruption controller's arithmetic (pkg/controller/disruption): how many pods a budget
 * expects, how many must stay healthy, how many are, and so how many may be disrupted now.
 * Pure: the controller supplies the pods and the scale of their controllers.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget, PodDisruptionBudgetStatus } from 'kubernetes-types/policy/v1';
import { parseTime, rfc3339 } from '../../../common/time';
import { isPodReady } from '../util/podReadiness';
import { getScaledValueFromIntOrPercent } from '../util/intOrPercent';

/** DeletionTimeout: an eviction the controller has not seen carried out within 2 minutes is forgotten. */
export const DELETION_TIMEOUT_MS = 2 * 60 * 1000;

/** `expectedScale`: the summed replicas of the pods' controllers; a string says why it is unknown. */
export interface Observed {
  pods: Pod[];
  expectedScale: () => number | string;
  nowMs: number;
}

export type Counts = { expectedCount: number; desiredHealthy: number } | { error: string };

/** getExpectedPodCount: a fixed minAvailable counts the pods; anything relative needs their controllers' scale. */
export function expectedPodCount(pdb: PodDisruptionBudget, o: Observed): Counts {
  const { minAvailable, maxUnavailable } = pdb.spec ?? {};
  if (maxUnavailable !== undefined) {
    const scale = o.expectedScale();
    if (typeof scale === 'string') return { error: scale };
    const desiredHealthy = scale - getScaledValueFromIntOrPercent(maxUnavailable, scale, true);
    return { expectedCount: scale, desiredHealthy: Math.max(0, desiredHealthy) };
  }
  if (typeof minAvailable === 'number') return { expectedCount: o.pods.length, desiredHealthy: minAvailable };
  if (typeof minAvailable === 'string') {
    const scale = o.expectedScale();
    if (typeof scale === 'string') return { error: scale };
    return { expectedCount: scale, desiredHealthy: getScaledValueFromIntOrPercent(minAvailable, scale, true) };
  }
  return { expectedCount: o.pods.length, desiredHealthy: 0 };
}

/** buildDisruptedPodMap: evictions still on their way; the rest dropped, and when to look again. */
export function disruptedPods(pdb: PodDisruptionBudget, pods: Pod[], nowMs: number): { pending: Record<string, string>; recheckAtMs?: number } {
  const byName = new Map(pods.map((p) => [p.metadata?.name, p]));
  const pending: Record<string, string> = {};
  let recheckAtMs: number | undefined;
  for (const [name, at] of Object.entries(pdb.status?.disruptedPods ?? {})) {
    const pod = byName.get(name);
    if (!pod || pod.metadata?.deletionTimestamp) continue;
    const expires = (parseTime(at) ?? nowMs) + DELETION_TIMEOUT_MS;
    if (expires <= nowMs) continue;
    pending[name] = at;
    recheckAtMs = Math.min(recheckAtMs ?? expires, expires);
  }
  return { pending, recheckAtMs };
}

/** countHealthyPods: ready, not being deleted, and not about to be (a pending eviction). */
export function countHealthyPods(pods: Pod[], pending: Record<string, string>): number {
  return pods.filter((p) => !p.metadata?.deletionTimestamp && !pending[p.metadata?.name ?? ''] && isPodReady(p)).length;
}

function disruptionAllowedCondition(pdb: PodDisruptionBudget, allowed: boolean, nowMs: number, failure?: string) {
  const status = allowed ? 'True' : 'False';
  const reason = failure ? 'SyncFailed' : allowed ? 'SufficientPods' : 'InsufficientPods';
  const message = failure ?? '';
  const old = pdb.status?.conditions?.find((c) => c.type === 'DisruptionAllowed');
  const lastTransitionTime = old && old.status === status ? old.lastTransitionTime : rfc3339(nowMs);
  return { type: 'DisruptionAllowed', status, reason, message, observedGeneration: pdb.metadata?.generation, lastTransitionTime };
}

/** The status a sync writes: counts and DisruptionAllowed, or fail-safe zeros when the count failed. */
export function calculatePdbStatus(pdb: PodDisruptionBudget, o: Observed): { status: PodDisruptionBudgetStatus; recheckAtMs?: number; error?: string } {
  const generation = pdb.metadata?.generation;
  const counts = expectedPodCount(pdb, o);
  const old = pdb.status;
  if ('error' in counts) {
    // failSafe: nothing may be disrupted; the generation is not marked observed.
    const status = { ...old, currentHealthy: old?.currentHealthy ?? 0, desiredHealthy: old?.desiredHealthy ?? 0, expectedPods: old?.expectedPods ?? 0, disruptionsAllowed: 0, conditions: [disruptionAllowedCondition(pdb, false, o.nowMs, counts.error)] };
    return { status: status as PodDisruptionBudgetStatus, error: counts.error };
  }
  const { pending, recheckAtMs } = disruptedPods(pdb, o.pods, o.nowMs);
  const currentHealthy = countHealthyPods(o.pods, pending);
  const disruptionsAllowed = counts.expectedCount <= 0 ? 0 : Math.max(0, currentHealthy - counts.desiredHealthy);
  const status: PodDisruptionBudgetStatus = {
    ...(Object.keys(pending).length ? { disruptedPods: pending } : {}),
    currentHealthy,
    desiredHealthy: counts.desiredHealthy,
    disruptionsAllowed,
    expectedPods: counts.expectedCount,
    observedGeneration: generation,
    conditions: [disruptionAllowedCondition(pdb, disruptionsAllowed > 0, o.nowMs) as never],
  };
  return { status, recheckAtMs };
}
