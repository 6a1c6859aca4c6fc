/**
 * batch/v1 SetDefaults_Job, and the selector the Job strategy generates from the new Job's uid
 * (generateSelectorIfNeeded) unless `manualSelector` is true.
 */
import type { Job } from 'kubernetes-types/batch/v1';
import type { KubeObject } from '../../api/types';
import { setDefaultsPodTemplateSpec } from './podSpec';

export const JOB_CONTROLLER_UID_LABEL = 'batch.kubernetes.io/controller-uid';
export const JOB_NAME_LABEL = 'batch.kubernetes.io/job-name';
/** The legacy, unprefixed labels every Job pod still carries. */
const LEGACY_CONTROLLER_UID_LABEL = 'controller-uid';
const LEGACY_JOB_NAME_LABEL = 'job-name';

export function setDefaultsJob(obj: KubeObject): void {
  const job = obj as unknown as Job;
  const spec = (job.spec ??= {} as Job['spec'] & object);
  if (spec.completions == null && spec.parallelism == null) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  spec.parallelism ??= 1;
  spec.backoffLimit ??= spec.backoffLimitPerIndex == null ? 6 : 2147483647;
  spec.completionMode ||= 'NonIndexed';
  spec.suspend ??= false;
  spec.podReplacementPolicy ||= spec.podFailurePolicy ? 'Failed' : 'TerminatingOrFailed';
  setDefaultsPodTemplateSpec((spec.template ??= {}));
  defaultJobLabels(job);
}

/** A Job without labels takes its template's (SetDefaults_Job runs again on every read). */
function defaultJobLabels(job: Job): void {
  const labels = job.spec?.template?.metadata?.labels;
  // In place: the request pipeline holds on to this metadata object.
  const meta = (job.metadata ??= {});
  if (labels && Object.keys(labels).length && !Object.keys(meta.labels ?? {}).length) meta.labels = { ...labels };
}

/** Selects the Job's pods by its uid, and labels the template to match. */
export function generateJobSelector(obj: KubeObject): void {
  const job = obj as unknown as Job;
  const spec = job.spec;
  if (!spec || spec.manualSelector === true) return;
  const uid = job.metadata?.uid ?? '';
  const name = job.metadata?.name ?? '';
  const template = (spec.template ??= {});
  const meta = (template.metadata ??= {});
  meta.labels = { ...meta.labels, [JOB_CONTROLLER_UID_LABEL]: uid, [JOB_NAME_LABEL]: name, [LEGACY_CONTROLLER_UID_LABEL]: uid, [LEGACY_JOB_NAME_LABEL]: name };
  spec.selector ??= { matchLabels: { [JOB_CONTROLLER_UID_LABEL]: uid } };
  defaultJobLabels(job);
}
