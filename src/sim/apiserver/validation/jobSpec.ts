/**
 * ValidateJobSpec, shared by Jobs and CronJob job templates: non-negative counts, a known
 * completion mode, pods that restart OnFailure or Never, and — when the selector is already
 * there (manualSelector, or on update) — a template that matches it.
 */
import type { JobSpec } from 'kubernetes-types/batch/v1';
import { notSupported, required, type FieldError } from '../../api/fieldErrors';
import { validateLabelSelector } from './labelSelector';
import { validatePodTemplateSpec, validatePodTemplateSpecForReplicaSet } from './podTemplate';
import { nonNegative } from './workloadSelector';

export function validateJobSpec(spec: Partial<JobSpec> | undefined, path: string, generatedSelector: boolean): FieldError[] {
  const s = spec ?? {};
  const errs: FieldError[] = [
    ...nonNegative(s.parallelism, `${path}.parallelism`),
    ...nonNegative(s.completions, `${path}.completions`),
    ...nonNegative(s.activeDeadlineSeconds, `${path}.activeDeadlineSeconds`),
    ...nonNegative(s.backoffLimit, `${path}.backoffLimit`),
    ...nonNegative(s.ttlSecondsAfterFinished, `${path}.ttlSecondsAfterFinished`),
  ];
  const mode = s.completionMode ?? 'NonIndexed';
  if (mode !== 'NonIndexed' && mode !== 'Indexed') errs.push(notSupported(`${path}.completionMode`, mode, ['NonIndexed', 'Indexed']));
  if (mode === 'Indexed' && (s.completions === undefined || s.completions === null)) errs.push(required(`${path}.completions`, 'when completion mode is Indexed'));
  const template = s.template ?? {};
  if (s.selector) {
    const selErrs = validateLabelSelector(s.selector, `${path}.selector`);
    errs.push(...selErrs);
    // The ReplicaSet rule adds the selector match; its restartPolicy rule does not apply here.
    const templateErrs = validatePodTemplateSpecForReplicaSet(template, s.selector, selErrs.length === 0, `${path}.template`);
    errs.push(...templateErrs.filter((e) => e.field !== `${path}.template.spec.restartPolicy` && e.field !== `${path}.template.spec.activeDeadlineSeconds`));
  } else {
    if (!generatedSelector) errs.push(required(`${path}.selector`));
    errs.push(...validatePodTemplateSpec(template, `${path}.template`));
  }
  const restartPolicy = template.spec?.restartPolicy ?? '';
  if (restartPolicy !== 'OnFailure' && restartPolicy !== 'Never') errs.push(notSupported(`${path}.template.spec.restartPolicy`, restartPolicy, ['OnFailure', 'Never']));
  return errs;
}
