/**
 * batch/v1 CronJob (ValidateCronJobCreate/Update): a schedule robfig/cron can read, without a
 * TZ prefix (the timeZone field says it), a known time zone and concurrency policy, a name
 * short enough for the Job names it makes, and a valid job template.
 */
import type { CronJob } from 'kubernetes-types/batch/v1';
import { invalid, notSupported, required, type FieldError } from '../../api/fieldErrors';
import type { KubeObject } from '../../api/types';
import { parseCronSchedule } from '../../controllers/cronjob/cronSchedule';
import { isValidTimeZone } from '../../controllers/cronjob/timeZone';
import { validateJobSpec } from './jobSpec';
import { maxLenError, nameIsDNSSubdomain } from './names';
import { validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import type { KindValidation } from './types';
import { nonNegative } from './workloadSelector';

/** 63 (a label value) minus the 11 characters of `-<minutes since the epoch>`. */
const CRONJOB_NAME_MAX_LENGTH = 52;

function validateSchedule(schedule: string | undefined, path: string): FieldError[] {
  if (!schedule) return [required(path)];
  if (/^\s*(CRON_TZ|TZ)=/.test(schedule)) return [invalid(path, schedule, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead')];
  try {
    parseCronSchedule(schedule);
    return [];
  } catch (e) {
    return [invalid(path, schedule, (e as Error).message)];
  }
}

function validateCronJobSpec(cj: CronJob): FieldError[] {
  const spec: Partial<NonNullable<CronJob['spec']>> = cj.spec ?? {};
  const errs = [...validateSchedule(spec.schedule, 'spec.schedule')];
  if (spec.timeZone && !isValidTimeZone(spec.timeZone)) errs.push(invalid('spec.timeZone', spec.timeZone, `unknown time zone ${spec.timeZone}`));
  const policy = spec.concurrencyPolicy ?? 'Allow';
  if (!['Allow', 'Forbid', 'Replace'].includes(policy)) errs.push(notSupported('spec.concurrencyPolicy', policy, ['Allow', 'Forbid', 'Replace']));
  errs.push(...nonNegative(spec.startingDeadlineSeconds ?? undefined, 'spec.startingDeadlineSeconds'));
  errs.push(...nonNegative(spec.successfulJobsHistoryLimit, 'spec.successfulJobsHistoryLimit'));
  errs.push(...nonNegative(spec.failedJobsHistoryLimit, 'spec.failedJobsHistoryLimit'));
  errs.push(...validateJobSpec(spec.jobTemplate?.spec, 'spec.jobTemplate.spec', true));
  return errs;
}

export const cronJobValidation: KindValidation = {
  validateCreate(obj: KubeObject) {
    const cj = obj as CronJob;
    const errs = validateObjectMeta(cj.metadata, true, nameIsDNSSubdomain);
    const name = cj.metadata?.name ?? '';
    if (name.length > CRONJOB_NAME_MAX_LENGTH) errs.push(invalid('metadata.name', name, maxLenError(CRONJOB_NAME_MAX_LENGTH)));
    return [...errs, ...validateCronJobSpec(cj)];
  },
  validateUpdate(obj: KubeObject, old: KubeObject) {
    const [cj, prev] = [obj as CronJob, old as CronJob];
    return [...validateObjectMetaUpdate(cj.metadata, prev.metadata), ...validateCronJobSpec(cj)];
  },
};
