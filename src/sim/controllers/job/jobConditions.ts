/**
 * Job conditions as the v1.32 job controller words them. Since 1.31 a Job first gets an
 * interim condition (SuccessCriteriaMet / FailureTarget) and only turns Complete / Failed once
 * none of its pods is still running or terminating.
 */
import type { Job, JobCondition } from 'kubernetes-types/batch/v1';
import { rfc3339 } from '../../../common/time';

export interface ConditionText {
  reason: string;
  message: string;
}

export const COMPLETIONS_REACHED: ConditionText = { reason: 'CompletionsReached', message: 'Reached expected number of succeeded pods' };
export const BACKOFF_LIMIT_EXCEEDED: ConditionText = { reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' };
export const DEADLINE_EXCEEDED: ConditionText = { reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' };

export const JOB_SUSPENDED: ConditionText = { reason: 'JobSuspended', message: 'Job suspended' };
export const JOB_RESUMED: ConditionText = { reason: 'JobResumed', message: 'Job resumed' };

export function findCondition(job: Job, type: string): JobCondition | undefined {
  return job.status?.conditions?.find((c) => c.type === type);
}

export const hasTrueCondition = (job: Job, type: string) => findCondition(job, type)?.status === 'True';

/** Complete or Failed: the controller leaves a finished Job alone. */
export const isJobFinished = (job: Job) => hasTrueCondition(job, 'Complete') || hasTrueCondition(job, 'Failed');

export function newCondition(type: string, status: 'True' | 'False', text: ConditionText, nowMs: number): JobCondition {
  const t = rfc3339(nowMs);
  return { type, status, reason: text.reason, message: text.message, lastProbeTime: t, lastTransitionTime: t };
}

/** Replaces a condition of the same type unless it already says the same thing. */
export function withCondition(conditions: readonly JobCondition[] | undefined, c: JobCondition): JobCondition[] {
  const list = conditions ?? [];
  const cur = list.find((x) => x.type === c.type);
  if (cur && cur.status === c.status && cur.reason === c.reason && cur.message === c.message) return [...list];
  return cur ? list.map((x) => (x.type === c.type ? c : x)) : [...list, c];
}

/** When the Job finished (for ttlSecondsAfterFinished): its Complete or Failed transition. */
export function finishTime(job: Job): string | undefined {
  const c = [findCondition(job, 'Complete'), findCondition(job, 'Failed')].find((x) => x?.status === 'True');
  return c?.lastTransitionTime;
}
