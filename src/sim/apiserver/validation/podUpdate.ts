/**
 * ValidatePodUpdate's core rule: a running pod's spec is fixed except for images, a shrinking
 * activeDeadlineSeconds, added tolerations and a grace period fixed up from negative to 1.
 */
import type { PodSpec, Toleration } from 'kubernetes-types/core/v1';
import { forbidden, invalid, required, type FieldError } from '../../api/fieldErrors';
import { inclusiveRangeError } from './names';
import { semanticEqual } from './semantic';
import { validateTolerations } from './tolerations';

const MAX_INT32 = 2147483647;

export const POD_UPDATE_FORBIDDEN =
  'pod updates may not change fields other than `spec.containers[*].image`,' +
  '`spec.initContainers[*].image`,' +
  '`spec.activeDeadlineSeconds`,' +
  '`spec.tolerations` (only additions to existing tolerations),' +
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

/** Returns errors, and whether checking must stop (containers were added or removed). */
function validateContainerUpdates(next: PodSpec['containers'] | undefined, prev: PodSpec['containers'] | undefined, path: string): [FieldError[], boolean] {
  const [n, p] = [next ?? [], prev ?? []];
  if (n.length !== p.length) return [[forbidden(path, 'pod updates may not add or remove containers')], true];
  const errs: FieldError[] = [];
  n.forEach((c, i) => {
    if (!c.image) errs.push(required(`${path}[${i}].image`));
    if (c.image && c.image.trim() !== c.image) errs.push(invalid(`${path}[${i}].image`, c.image, 'must not have leading or trailing whitespace'));
  });
  return [errs, false];
}

function validateActiveDeadline(next: number | undefined, prev: number | undefined): FieldError[] {
  const path = 'spec.activeDeadlineSeconds';
  if (next === undefined) return prev === undefined ? [] : [invalid(path, null, 'must not update from a positive integer to nil value')];
  if (next < 0 || next > MAX_INT32) return [invalid(path, next, inclusiveRangeError(0, MAX_INT32))];
  if (prev !== undefined && prev < next) return [invalid(path, next, 'must be less than or equal to previous value')];
  return [];
}

function validateOnlyAddedTolerations(next: Toleration[] | undefined, prev: Toleration[] | undefined): FieldError[] {
  const path = 'spec.tolerations';
  for (const old of prev ?? []) {
    const kept = (next ?? []).some((t) => semanticEqual({ ...old, tolerationSeconds: t.tolerationSeconds }, t));
    if (!kept) return [forbidden(path, 'existing toleration can not be modified except its tolerationSeconds')];
  }
  return validateTolerations(next, path);
}

/** The new spec with every field an update may change put back to its old value. */
function mungeSpec(next: PodSpec, prev: PodSpec): PodSpec {
  const munged: PodSpec = { ...next };
  munged.containers = next.containers.map((c, i) => ({ ...c, image: prev.containers[i]?.image ?? c.image }));
  if (next.initContainers) munged.initContainers = next.initContainers.map((c, i) => ({ ...c, image: prev.initContainers?.[i]?.image ?? c.image }));
  munged.activeDeadlineSeconds = prev.activeDeadlineSeconds;
  munged.tolerations = prev.tolerations;
  munged.schedulingGates = prev.schedulingGates;
  const oldGrace = prev.terminationGracePeriodSeconds;
  if (oldGrace !== undefined && oldGrace < 0 && munged.terminationGracePeriodSeconds === 1) munged.terminationGracePeriodSeconds = oldGrace;
  return munged;
}

/**
 * An outline of the cmp.Diff the real message carries: one `-`/`+` pair per changed top-level
 * field, shown as JSON rather than Go syntax.
 */
function specDiff(prev: PodSpec, munged: PodSpec): string {
  const lines = ['  core.PodSpec{'];
  const keys = [...new Set([...Object.keys(prev), ...Object.keys(munged)])].sort();
  const field = (k: string) => k.charAt(0).toUpperCase() + k.slice(1);
  for (const k of keys) {
    const [a, b] = [(prev as unknown as Record<string, unknown>)[k], (munged as unknown as Record<string, unknown>)[k]];
    if (semanticEqual(a, b)) continue;
    if (a !== undefined) lines.push(`- \t${field(k)}: ${JSON.stringify(a)},`);
    if (b !== undefined) lines.push(`+ \t${field(k)}: ${JSON.stringify(b)},`);
  }
  lines.push('  }');
  return lines.join('\n');
}

export function validatePodSpecUpdate(next: PodSpec | undefined, prev: PodSpec | undefined): FieldError[] {
  const [n, p] = [next ?? { containers: [] }, prev ?? { containers: [] }];
  const [cErrs, stop] = validateContainerUpdates(n.containers, p.containers, 'spec.containers');
  if (stop) return cErrs;
  const [iErrs, stopInit] = validateContainerUpdates(n.initContainers, p.initContainers, 'spec.initContainers');
  if (stopInit) return [...cErrs, ...iErrs];
  const errs = [...cErrs, ...iErrs];
  const deadlineErrs = validateActiveDeadline(n.activeDeadlineSeconds, p.activeDeadlineSeconds);
  errs.push(...deadlineErrs);
  if (deadlineErrs.length && n.activeDeadlineSeconds !== undefined) return errs;
  errs.push(...validateOnlyAddedTolerations(n.tolerations, p.tolerations));
  if (semanticEqual(n, p)) return errs;
  const munged = mungeSpec(n, p);
  if (!semanticEqual(munged, p)) errs.push(forbidden('spec', `${POD_UPDATE_FORBIDDEN}\n${specDiff(p, munged)}`));
  return errs;
}
