/** coordination.k8s.io/v1 Leases: positive durations, non-negative transitions. */
import type { Lease } from 'kubernetes-types/coordination/v1';
import { invalid, type FieldError } from '../../api/fieldErrors';
import type { KubeObject } from '../../api/types';
import { nameIsDNSSubdomain } from './names';
import { validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import type { KindValidation } from './types';

function validateLeaseSpec(lease: Lease): FieldError[] {
  const spec = lease.spec ?? {};
  const errs: FieldError[] = [];
  if (spec.leaseDurationSeconds !== undefined && spec.leaseDurationSeconds <= 0) {
    errs.push(invalid('spec.leaseDurationSeconds', spec.leaseDurationSeconds, 'must be greater than 0'));
  }
  if (spec.leaseTransitions !== undefined && spec.leaseTransitions < 0) {
    errs.push(invalid('spec.leaseTransitions', spec.leaseTransitions, 'must be greater than or equal to 0'));
  }
  return errs;
}

export const leaseValidation: KindValidation = {
  validateCreate: (obj: KubeObject) => [...validateObjectMeta(obj.metadata, true, nameIsDNSSubdomain), ...validateLeaseSpec(obj as Lease)],
  validateUpdate: (obj: KubeObject, old: KubeObject) => [
    ...validateObjectMetaUpdate(obj.metadata, old.metadata),
    ...validateObjectMeta(obj.metadata, true, nameIsDNSSubdomain),
    ...validateLeaseSpec(obj as Lease),
  ],
};
