/**
 * Which finished Jobs a CronJob removes (cleanupFinishedJobs): beyond
 * successfulJobsHistoryLimit Complete Jobs and failedJobsHistoryLimit Failed ones, the oldest
 * by start time go first.
 */
import type { Job } from 'kubernetes-types/batch/v1';
import { parseTime } from '../../../common/time';
import { findCondition } from '../job/jobConditions';

const startOf = (j: Job) => parseTime(j.status?.startTime) ?? parseTime(j.metadata?.creationTimestamp) ?? 0;

function oldestBeyond(jobs: Job[], limit: number): Job[] {
  const sorted = [...jobs].sort((a, b) => startOf(a) - startOf(b) || (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));
  return sorted.slice(0, Math.max(0, sorted.length - limit));
}

export function jobsToDelete<T extends Job>(jobs: readonly T[], successfulLimit: number, failedLimit: number): T[] {
  const succeeded = jobs.filter((j) => findCondition(j, 'Complete')?.status === 'True');
  const failed = jobs.filter((j) => findCondition(j, 'Failed')?.status === 'True');
  return [...oldestBeyond(succeeded, successfulLimit), ...oldestBeyond(failed, failedLimit)] as T[];
}
