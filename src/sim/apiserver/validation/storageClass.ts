/** StorageClasses: a provisioner, the known policies and modes; parameters and policies frozen. */
import type { StorageClass } from 'kubernetes-types/storage/v1';
import { forbidden, invalid, notSupported, required, type FieldError } from '../../api/fieldErrors';
import type { KubeObject } from '../../api/types';
import { nameIsDNSSubdomain } from './names';
import { FIELD_IMMUTABLE, validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import { semanticEqual } from './semantic';
import type { KindValidation } from './types';

const RECLAIM_POLICIES = ['Delete', 'Retain'];
const BINDING_MODES = ['Immediate', 'WaitForFirstConsumer'];

function validateStorageClass(sc: StorageClass): FieldError[] {
  const errs = validateObjectMeta(sc.metadata, false, nameIsDNSSubdomain);
  if (!sc.provisioner) errs.push(required('provisioner', ''));
  if (sc.reclaimPolicy && !RECLAIM_POLICIES.includes(sc.reclaimPolicy)) errs.push(notSupported('reclaimPolicy', sc.reclaimPolicy, RECLAIM_POLICIES));
  if (sc.volumeBindingMode && !BINDING_MODES.includes(sc.volumeBindingMode)) errs.push(notSupported('volumeBindingMode', sc.volumeBindingMode, BINDING_MODES));
  return errs;
}

export const storageClassValidation: KindValidation = {
  validateCreate: (obj: KubeObject) => validateStorageClass(obj as unknown as StorageClass),
  validateUpdate(obj: KubeObject, old: KubeObject) {
    const [sc, prev] = [obj as unknown as StorageClass, old as unknown as StorageClass];
    const errs = [...validateObjectMetaUpdate(sc.metadata, prev.metadata), ...validateStorageClass(sc)];
    if (!semanticEqual(sc.parameters, prev.parameters)) errs.push(forbidden('parameters', 'updates to parameters are forbidden.'));
    if (sc.provisioner !== prev.provisioner) errs.push(forbidden('provisioner', 'updates to provisioner are forbidden.'));
    if (sc.reclaimPolicy !== prev.reclaimPolicy) errs.push(forbidden('reclaimPolicy', 'updates to reclaimPolicy are forbidden.'));
    if (sc.volumeBindingMode !== prev.volumeBindingMode) errs.push(invalid('volumeBindingMode', sc.volumeBindingMode, FIELD_IMMUTABLE));
    return errs;
  },
};
