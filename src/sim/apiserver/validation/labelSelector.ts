/** metav1.LabelSelector: validation (ValidateLabelSelector) and matching, for workload selectors. */
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { forbidden, invalid, required, type FieldError } from '../../api/fieldErrors';
import { validateLabels } from './objectMeta';
import { isQualifiedName, isValidLabelValue } from './names';

export function validateLabelSelector(sel: LabelSelector | undefined, path: string): FieldError[] {
  if (!sel) return [];
  const errs = validateLabels(sel.matchLabels, `${path}.matchLabels`);
  (sel.matchExpressions ?? []).forEach((req, i) => {
    const p = `${path}.matchExpressions[${i}]`;
    const values = req.values ?? [];
    if (req.operator === 'In' || req.operator === 'NotIn') {
      if (values.length === 0) errs.push(required(`${p}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
    } else if (req.operator === 'Exists' || req.operator === 'DoesNotExist') {
      if (values.length > 0) errs.push(forbidden(`${p}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
    } else {
      errs.push(invalid(`${p}.operator`, req.operator, 'not a valid selector operator'));
    }
    errs.push(...isQualifiedName(req.key).map((msg) => invalid(`${p}.key`, req.key, msg)));
    values.forEach((v, vi) => errs.push(...isValidLabelValue(v).map((msg) => invalid(`${p}.values[${vi}]`, v, msg))));
  });
  return errs;
}

/** `{}` selects everything; a missing selector selects nothing. */
export function selectorIsEmpty(sel: LabelSelector | undefined): boolean {
  return sel !== undefined && sel !== null && !Object.keys(sel.matchLabels ?? {}).length && !(sel.matchExpressions ?? []).length;
}

export function selectorMatches(sel: LabelSelector | undefined, labels: Record<string, string> | undefined): boolean {
  if (!sel) return false;
  const l = labels ?? {};
  const has = (k: string) => Object.prototype.hasOwnProperty.call(l, k);
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (!has(k) || l[k] !== v) return false;
  for (const req of sel.matchExpressions ?? []) {
    const values = req.values ?? [];
    const ok =
      req.operator === 'In' ? has(req.key) && values.includes(l[req.key]) :
      req.operator === 'NotIn' ? !has(req.key) || !values.includes(l[req.key]) :
      req.operator === 'Exists' ? has(req.key) :
      req.operator === 'DoesNotExist' ? !has(req.key) : false;
    if (!ok) return false;
  }
  return true;
}
