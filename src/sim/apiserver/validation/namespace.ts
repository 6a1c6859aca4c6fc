/** Namespaces: DNS-1123 label names, known or qualified spec finalizers; updates check metadata only. */
import type { Namespace } from 'kubernetes-types/core/v1';
import { invalid, type FieldError } from '../../api/fieldErrors';
import type { KubeObject } from '../../api/types';
import { isQualifiedName, nameIsDNSLabel } from './names';
import { validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import type { KindValidation } from './types';

const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

function validateFinalizerName(name: string, path: string): FieldError[] {
  const errs = isQualifiedName(name).map((msg) => invalid(path, name, msg));
  if (!name.includes('/') && !STANDARD_FINALIZERS.has(name)) {
    errs.push(invalid(path, name, 'name is neither a standard finalizer name nor is it fully qualified'));
  }
  return errs;
}

export const namespaceValidation: KindValidation = {
  validateCreate(obj: KubeObject) {
    const ns = obj as Namespace;
    const errs = validateObjectMeta(ns.metadata, false, nameIsDNSLabel);
    for (const f of ns.spec?.finalizers ?? []) errs.push(...validateFinalizerName(f, 'spec.finalizers'));
    return errs;
  },
  validateUpdate: (obj: KubeObject, old: KubeObject) => validateObjectMetaUpdate(obj.metadata, old.metadata),
};
