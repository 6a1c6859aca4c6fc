/**
 * The Job a CronJob creates for one scheduled time (getJobFromTemplate2): named
 * `<cronjob>-<minutes since the epoch>`, so one activation can only ever create one Job,
 * carrying the template's labels and annotations plus the scheduled timestamp.
 */
import type { CronJob, Job } from 'kubernetes-types/batch/v1';
import { clone } from '../../../common/objects';
import { rfc3339 } from '../../../common/time';
import type { OwnerReference } from '../../api/types';
import { timeHashInMinutes } from './schedule';
import { toWall } from './timeZone';

export const CRONJOB_SCHEDULED_TIMESTAMP_ANNOTATION = 'batch.kubernetes.io/cronjob-scheduled-timestamp';

/** RFC 3339 in the CronJob's zone, with its offset (`2024-06-01T09:00:00+02:00`). */
export function zonedRFC3339(ms: number, timeZone: string | undefined): string {
  const wall = toWall(ms, timeZone);
  const offsetMin = Math.round((wall - ms) / 60_000);
  if (offsetMin === 0) return rfc3339(ms);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return rfc3339(wall).replace(/Z$/, `${sign}${hhmm}`);
}

export function getJobFromTemplate(cj: CronJob, scheduledMs: number, controllerRef: OwnerReference, timeZone?: string): Job {
  const template = cj.spec?.jobTemplate ?? {};
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name: `${cj.metadata?.name}-${timeHashInMinutes(scheduledMs)}`,
      namespace: cj.metadata?.namespace,
      ...(template.metadata?.labels ? { labels: { ...template.metadata.labels } } : {}),
      annotations: { ...template.metadata?.annotations, [CRONJOB_SCHEDULED_TIMESTAMP_ANNOTATION]: zonedRFC3339(scheduledMs, timeZone) },
      ownerReferences: [controllerRef],
    },
    spec: clone(template.spec ?? { template: {} }),
  };
}
