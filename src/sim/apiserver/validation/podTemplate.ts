/**
 * Pod templates inside workloads (ValidatePodTemplateSpec, ValidatePodTemplateSpecForReplicaSet):
 * the selector must match the template's labels and the pods must restart Always.
 */
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { forbidden, invalid, notSupported, type FieldError } from '../../api/fieldErrors';
import { goStringMap, goSyntax } from './goSyntax';
import { selectorIsEmpty, selectorMatches } from './labelSelector';
import { validateAnnotations, validateLabels } from './objectMeta';
import { validatePodSpec } from './podSpec';

export function validatePodTemplateSpec(template: PodTemplateSpec, path: string): FieldError[] {
  const errs = [...validateLabels(template.metadata?.labels, `${path}.labels`), ...validateAnnotations(template.metadata?.annotations, `${path}.annotations`)];
  errs.push(...validatePodSpec(template.spec, `${path}.spec`));
  if (template.spec?.ephemeralContainers?.length) {
    errs.push(forbidden(`${path}.spec.ephemeralContainers`, 'ephemeral containers not allowed in pod template'));
  }
  return errs;
}

/** `selectorValid` is false when the selector could not be parsed; then matching is not checked. */
export function validatePodTemplateSpecForReplicaSet(
  template: PodTemplateSpec | undefined,
  selector: LabelSelector | undefined,
  selectorValid: boolean,
  path: string,
): FieldError[] {
  const t = template ?? {};
  const errs: FieldError[] = [];
  const labels = t.metadata?.labels;
  if (selectorValid && !selectorIsEmpty(selector) && !selectorMatches(selector, labels)) {
    errs.push(invalid(`${path}.metadata.labels`, goSyntax(goStringMap(labels)), '`selector` does not match template `labels`'));
  }
  errs.push(...validatePodTemplateSpec(t, path));
  const restartPolicy = t.spec?.restartPolicy;
  if (restartPolicy !== 'Always') errs.push(notSupported(`${path}.spec.restartPolicy`, restartPolicy ?? '', ['Always']));
  if (t.spec?.activeDeadlineSeconds !== undefined) {
    errs.push(forbidden(`${path}.spec.activeDeadlineSeconds`, 'activeDeadlineSeconds in ReplicaSet is not Supported'));
  }
  return errs;
}
