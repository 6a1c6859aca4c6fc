/** Container resource requirements: standard names, non-negative amounts, requests ≤ limits. */
import type { ResourceRequirements } from 'kubernetes-types/core/v1';
import { invalid, required, type FieldError } from '../../api/fieldErrors';
import { isQualifiedName } from './names';
import { parseQuantity } from './quantity';

const STANDARD_CONTAINER_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage']);
const NON_NEGATIVE = 'must be greater than or equal to 0';

const isHugePages = (name: string) => name.startsWith('hugepages-');
const isStandardContainerResource = (name: string) => STANDARD_CONTAINER_RESOURCES.has(name) || isHugePages(name);
const isNative = (name: string) => !name.includes('/') || name.includes('kubernetes.io/');
/** Extended resources (`example.com/gpu`) may not be overcommitted: requests must equal limits. */
const overcommitAllowed = (name: string) => isNative(name) && !isHugePages(name);

function validateResourceName(name: string, path: string): FieldError[] {
  const errs = isQualifiedName(name).map((msg) => invalid(path, name, msg));
  if (!name.includes('/')) {
    if (!isStandardContainerResource(name)) errs.push(invalid(path, name, 'must be a standard resource for containers'));
  } else if (!isNative(name) && name.startsWith('requests.')) {
    errs.push(invalid(path, name, "doesn't follow extended resource name standard"));
  }
  return errs;
}

function validateQuantity(value: string | number, path: string): FieldError[] {
  const n = parseQuantity(value);
  return n !== undefined && n < 0 ? [invalid(path, String(value), NON_NEGATIVE)] : [];
}

export function validateResourceRequirements(res: ResourceRequirements | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const limits = (res?.limits ?? {}) as Record<string, string | number>;
  const requests = (res?.requests ?? {}) as Record<string, string | number>;
  for (const [name, q] of Object.entries(limits)) {
    errs.push(...validateResourceName(name, `${path}.limits[${name}]`), ...validateQuantity(q, `${path}.limits[${name}]`));
  }
  for (const [name, q] of Object.entries(requests)) {
    errs.push(...validateResourceName(name, `${path}.requests[${name}]`), ...validateQuantity(q, `${path}.requests[${name}]`));
    const limit = limits[name];
    if (limit === undefined) {
      if (!overcommitAllowed(name)) errs.push(required(`${path}.limits`, 'Limit must be set for non overcommitable resources'));
      continue;
    }
    const [r, l] = [parseQuantity(q), parseQuantity(limit)];
    if (r === undefined || l === undefined) continue;
    if (r !== l && !overcommitAllowed(name)) {
      errs.push(invalid(`${path}.requests`, String(q), `must be equal to ${name} limit of ${String(limit)}`));
    } else if (r > l) {
      errs.push(invalid(`${path}.requests`, String(q), `must be less than or equal to ${name} limit of ${String(limit)}`));
    }
  }
  return errs;
}
