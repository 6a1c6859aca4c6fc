/**
 * Which pods a controller counts, and the order it deletes them in
 * (controller.IsPodActive, controller.ActivePodsWithRanks).
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { parseTime } from '../../../common/time';
import { isPodReady, podReadyTime } from './podReadiness';

/** Not finished and not on its way out: terminating pods do not count towards replicas. */
export function isPodActive(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed' && !pod.metadata?.deletionTimestamp;
}

export function filterActivePods<T extends Pod>(pods: readonly T[]): T[] {
  return pods.filter(isPodActive);
}

const PHASE_ORDINAL: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

const maxContainerRestarts = (pod: Pod) => Math.max(0, ...(pod.status?.containerStatuses ?? []).map((c) => c.restartCount ?? 0));

/**
 * LogarithmicScaleDown (on by default since 1.22): ages that fall in the same power-of-two
 * bucket count as equal, so scale-down does not always pick the very newest pods.
 */
function logarithmicRankDiff(t1: number, t2: number, nowMs: number): number {
  const bucket = (t: number) => {
    const ns = (nowMs - t) * 1e6;
    return ns > 0 ? Math.floor(Math.log2(ns)) : -1;
  };
  return bucket(t1) - bucket(t2);
}

/** afterOrZero: a missing time sorts first; otherwise the later time sorts first. */
function afterOrZero(t1: number | undefined, t2: number | undefined): boolean {
  if (t1 === undefined || t2 === undefined) return t1 === undefined;
  return t1 > t2;
}

/** Negative when the newer time sorts first; 0 means "same"; positive otherwise. */
function compareNewerFirst(a: Pod, b: Pod, t1: number | undefined, t2: number | undefined, nowMs: number): number {
  if (t1 === t2) return 0;
  if (t1 === undefined || t2 === undefined) return afterOrZero(t1, t2) ? -1 : 1;
  const diff = logarithmicRankDiff(t1, t2, nowMs);
  if (diff === 0) {
    const [u1, u2] = [a.metadata?.uid ?? '', b.metadata?.uid ?? ''];
    return u1 < u2 ? -1 : u1 > u2 ? 1 : 0;
  }
  return diff;
}

export interface RankedPod<T extends Pod = Pod> {
  pod: T;
  /** How many related pods share its node: doubled-up pods go first. */
  rank: number;
}

/**
 * ActivePodsWithRanks.Less as a comparator: the pods to delete first sort first — unassigned,
 * then pending < unknown < running, not ready, doubled up, ready for less time, more restarts,
 * newer.
 */
export function compareActivePodsWithRanks(a: RankedPod, b: RankedPod, nowMs: number): number {
  const [p1, p2] = [a.pod, b.pod];
  const [n1, n2] = [p1.spec?.nodeName ?? '', p2.spec?.nodeName ?? ''];
  if (n1 !== n2 && (n1 === '' || n2 === '')) return n1 === '' ? -1 : 1;
  const [o1, o2] = [PHASE_ORDINAL[p1.status?.phase ?? ''] ?? 0, PHASE_ORDINAL[p2.status?.phase ?? ''] ?? 0];
  if (o1 !== o2) return o1 - o2;
  const [r1, r2] = [isPodReady(p1), isPodReady(p2)];
  if (r1 !== r2) return r1 ? 1 : -1;
  if (a.rank !== b.rank) return b.rank - a.rank;
  if (r1 && r2) {
    const c = compareNewerFirst(p1, p2, podReadyTime(p1), podReadyTime(p2), nowMs);
    if (c !== 0) return c;
  }
  const [m1, m2] = [maxContainerRestarts(p1), maxContainerRestarts(p2)];
  if (m1 !== m2) return m2 - m1;
  return compareNewerFirst(p1, p2, parseTime(p1.metadata?.creationTimestamp), parseTime(p2.metadata?.creationTimestamp), nowMs);
}
