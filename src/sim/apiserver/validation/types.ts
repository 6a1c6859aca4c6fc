/** What one kind contributes to validation: one file per kind implements this. */
import type { FieldError } from '../../api/fieldErrors';
import type { KubeObject } from '../../api/types';
import type { NameValidator } from './names';
import { validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';

export interface KindValidation {
  validateCreate(obj: KubeObject): FieldError[];
  validateUpdate(obj: KubeObject, old: KubeObject): FieldError[];
}

/** Kinds whose only rules are the ObjectMeta ones (ServiceAccount, Endpoints, …). */
export function metadataOnly(namespaced: boolean, nameFn: NameValidator): KindValidation {
  return {
    validateCreate: (obj) => validateObjectMeta(obj.metadata, namespaced, nameFn),
    validateUpdate: (obj, old) => [...validateObjectMetaUpdate(obj.metadata, old.metadata), ...validateObjectMeta(obj.metadata, namespaced, nameFn)],
  };
}
