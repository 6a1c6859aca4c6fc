/**
 * The pure half of syncJob: counting the Job's pods, how many should be active, and whether
 * the Job has met its success criteria or its failure policy (backoffLimit,
 * activeDeadlineSeconds).
 */
import type { Job } from 'kubernetes-types/batch/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import { parseTime } from '../../../common/time';
import { isPodActive } from '../util/activePods';
import { isPodReady } from '../util/podReadiness';
import { getCompletionIndex, parseIndexesFromString } from './indexes';

/** The pod failure backoff: 10 s, doubling per failure, capped at 6 minutes. */
const DEFAULT_JOB_POD_FAILURE_BACKOFF_S = 10;
const MAX_JOB_POD_FAILURE_BACKOFF_S = 360;

export const isIndexedJob = (job: Job) => job.spec?.completionMode === 'Indexed';
export const parallelismOf = (job: Job) => job.spec?.parallelism ?? 1;
export const backoffLimitOf = (job: Job) => job.spec?.backoffLimit ?? 6;

export interface PodCounts {
  active: Pod[];
  /** Succeeded pods (NonIndexed) or completed indexes (Indexed), never fewer than already recorded. */
  succeeded: number;
  failed: number;
  ready: number;
  terminating: number;
  completedIndexes: Set<number>;
  /** When the most recent pod failure happened (ms), for the failure backoff. */
  lastFailureMs?: number;
}

function podFinishedAt(pod: Pod): number | undefined {
  const times = (pod.status?.containerStatuses ?? []).map((s) => parseTime(s.state?.terminated?.finishedAt)).filter((t): t is number => t !== undefined);
  return times.length ? Math.max(...times) : parseTime(pod.metadata?.creationTimestamp);
}

/**
 * Counts never go down: a finished pod someone deleted stays counted, as the real controller's
 * tracking finalizer guarantees.
 */
export function countPods(job: Job, pods: readonly Pod[]): PodCounts {
  const completions = job.spec?.completions ?? 0;
  const completedIndexes = new Set(isIndexedJob(job) ? parseIndexesFromString(job.status?.completedIndexes, completions) : []);
  const active: Pod[] = [];
  let succeededPods = 0;
  let failedPods = 0;
  let terminating = 0;
  let lastFailureMs: number | undefined;
  for (const pod of pods) {
    const phase = pod.status?.phase;
    if (phase === 'Succeeded') {
      succeededPods++;
      const ix = getCompletionIndex(pod);
      if (isIndexedJob(job) && ix !== undefined && ix < completions) completedIndexes.add(ix);
    } else if (phase === 'Failed') {
      failedPods++;
      const at = podFinishedAt(pod);
      if (at !== undefined && (lastFailureMs === undefined || at > lastFailureMs)) lastFailureMs = at;
    } else if (pod.metadata?.deletionTimestamp) {
      terminating++;
    } else if (isPodActive(pod)) {
      active.push(pod);
    }
  }
  const succeeded = isIndexedJob(job) ? completedIndexes.size : Math.max(job.status?.succeeded ?? 0, succeededPods);
  const failed = Math.max(job.status?.failed ?? 0, failedPods);
  const ready = active.filter(isPodReady).length;
  return { active, succeeded, failed, ready, terminating, completedIndexes, lastFailureMs };
}

/** How many pods should be running now: parallelism, but no more than the completions still missing. */
export function wantActive(job: Job, succeeded: number, active: number): number {
  const parallelism = parallelismOf(job);
  const completions = job.spec?.completions;
  if (completions === undefined || completions === null) {
    // A work-queue Job: once one pod succeeded, the rest are finishing up; start no more.
    return succeeded > 0 ? Math.min(active, parallelism) : parallelism;
  }
  return Math.max(0, Math.min(completions - succeeded, parallelism));
}

/** Whether the success criteria are met: completions reached, or (work queue) one success and nothing active. */
export function successCriteriaMet(job: Job, c: PodCounts): boolean {
  const completions = job.spec?.completions;
  if (completions === undefined || completions === null) return c.succeeded > 0 && c.active.length === 0;
  return c.succeeded >= completions;
}

/** With restartPolicy OnFailure a pod never fails; its container restarts count instead. */
export function pastBackoffLimitOnFailure(job: Job, active: readonly Pod[]): boolean {
  if (job.spec?.template?.spec?.restartPolicy !== 'OnFailure') return false;
  let restarts = 0;
  for (const pod of active) {
    for (const s of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) restarts += s.restartCount ?? 0;
  }
  const limit = backoffLimitOf(job);
  return limit === 0 ? restarts > 0 : restarts >= limit;
}

export function exceedsBackoffLimit(job: Job, c: PodCounts): boolean {
  return c.failed > backoffLimitOf(job) || pastBackoffLimitOnFailure(job, c.active);
}

/** Seconds left before activeDeadlineSeconds runs out (≤ 0: past it), or undefined without a deadline. */
export function deadlineRemaining(job: Job, nowMs: number): number | undefined {
  const ads = job.spec?.activeDeadlineSeconds;
  const start = parseTime(job.status?.startTime);
  if (ads === undefined || ads === null || start === undefined) return undefined;
  return (start + ads * 1000 - nowMs) / 1000;
}

/** Seconds to wait before replacing failed pods: 10 s × 2^(failures − 1), at most 6 minutes. */
export function failureBackoffRemaining(c: PodCounts, nowMs: number): number {
  if (c.failed === 0 || c.lastFailureMs === undefined) return 0;
  const backoff = Math.min(DEFAULT_JOB_POD_FAILURE_BACKOFF_S * 2 ** (c.failed - 1), MAX_JOB_POD_FAILURE_BACKOFF_S);
  return Math.max(0, (c.lastFailureMs + backoff * 1000 - nowMs) / 1000);
}
