/** Job rows (printJob): STATUS from the conditions, COMPLETIONS succeeded/wanted, DURATION start to completion (or now). */
import type { Job } from 'kubernetes-types/batch/v1';
import { humanDuration, translateTimestampSince } from '../age';
import { formatLabelSelector } from '../labels';
import { layoutContainerCells } from './containers';
import { ageColumn, col, nameColumn, type TableConvertor } from './types';

const hasCondition = (job: Job, type: string) => (job.status?.conditions ?? []).some((c) => c.type === type && c.status === 'True');

/** The STATUS column; the graph's Job box shows it too. */
export function jobStatus(job: Job): string {
  if (hasCondition(job, 'Complete')) return 'Complete';
  if (hasCondition(job, 'Failed')) return 'Failed';
  if (job.metadata?.deletionTimestamp) return 'Terminating';
  if (hasCondition(job, 'Suspended')) return 'Suspended';
  if (hasCondition(job, 'FailureTarget')) return 'FailureTarget';
  if (hasCondition(job, 'SuccessCriteriaMet')) return 'SuccessCriteriaMet';
  return 'Running';
}

/** The COMPLETIONS column, e.g. `1/1`. */
export function jobCompletions(job: Job): string {
  const succeeded = job.status?.succeeded ?? 0;
  if (job.spec?.completions !== undefined && job.spec.completions !== null) return `${succeeded}/${job.spec.completions}`;
  const parallelism = job.spec?.parallelism ?? 0;
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

function duration(job: Job, now: number): string {
  const start = job.status?.startTime;
  if (!start) return '';
  const end = job.status?.completionTime ? Date.parse(job.status.completionTime) : now;
  return humanDuration(end - Date.parse(start));
}

export const jobTable: TableConvertor<Job> = {
  columns: [nameColumn, col('Status'), col('Completions'), col('Duration'), ageColumn, col('Containers', 1), col('Images', 1), col('Selector', 1)],
  cells(job, now) {
    const [names, images] = layoutContainerCells(job.spec?.template?.spec?.containers);
    return [job.metadata?.name ?? '', jobStatus(job), jobCompletions(job), duration(job, now), translateTimestampSince(job.metadata?.creationTimestamp, now), names, images, formatLabelSelector(job.spec?.selector)];
  },
};
