/**
 * The selector-and-template rules ReplicaSets and Deployments share: a required, non-empty
 * selector that matches the template, and a selector that never changes after creation.
 */
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { invalid, required, type FieldError } from '../../api/fieldErrors';
import { goLabelSelector, goSyntax } from './goSyntax';
import { validateLabelSelector } from './labelSelector';
import { FIELD_IMMUTABLE } from './objectMeta';
import { validatePodTemplateSpecForReplicaSet } from './podTemplate';
import { semanticEqual } from './semantic';

const NON_NEGATIVE = 'must be greater than or equal to 0';

export function nonNegative(value: number | undefined, path: string): FieldError[] {
  return (value ?? 0) < 0 ? [invalid(path, value, NON_NEGATIVE)] : [];
}

export function validateSelectorAndTemplate(selector: LabelSelector | undefined, template: PodTemplateSpec | undefined, specPath: string): FieldError[] {
  const errs: FieldError[] = [];
  const selPath = `${specPath}.selector`;
  let parsable = true;
  if (!selector) {
    errs.push(required(selPath));
  } else {
    const selErrs = validateLabelSelector(selector, selPath);
    errs.push(...selErrs);
    parsable = selErrs.length === 0;
    if (Object.keys(selector.matchLabels ?? {}).length + (selector.matchExpressions ?? []).length === 0) {
      errs.push(invalid(selPath, goSyntax(goLabelSelector(selector)), 'empty selector is invalid for deployment'));
    }
    if (!parsable) errs.push(invalid(selPath, goSyntax(goLabelSelector(selector)), 'invalid label selector'));
  }
  errs.push(...validatePodTemplateSpecForReplicaSet(template, selector, parsable, `${specPath}.template`));
  return errs;
}

/** apps/v1 forbids changing the selector (extensions/v1beta1 once allowed it). */
export function validateSelectorImmutable(selector: LabelSelector | undefined, old: LabelSelector | undefined, specPath: string): FieldError[] {
  if (semanticEqual(selector, old)) return [];
  const bad = selector ? goSyntax(goLabelSelector(selector)) : null;
  return [invalid(`${specPath}.selector`, bad, FIELD_IMMUTABLE)];
}
