/** ConfigMaps: config keys, no key in both data and binaryData, 1 MiB, and `immutable: true`. */
import type { ConfigMap } from 'kubernetes-types/core/v1';
import { forbidden, invalid, tooLong, type FieldError } from '../../api/fieldErrors';
import type { KubeObject } from '../../api/types';
import { isConfigMapKey, nameIsDNSSubdomain } from './names';
import { validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import { semanticEqual } from './semantic';
import type { KindValidation } from './types';

export const MAX_SECRET_SIZE = 1024 * 1024;
export const IMMUTABLE_WHEN_SET = 'field is immutable when `immutable` is set';

function validateConfigMap(cm: ConfigMap): FieldError[] {
  const errs = validateObjectMeta(cm.metadata, true, nameIsDNSSubdomain);
  const data = cm.data ?? {};
  const binary = cm.binaryData ?? {};
  let size = 0;
  for (const [key, value] of Object.entries(data)) {
    errs.push(...isConfigMapKey(key).map((msg) => invalid(`data[${key}]`, key, msg)));
    if (key in binary) errs.push(invalid(`data[${key}]`, key, 'duplicate of key present in binaryData'));
    size += String(value).length;
  }
  for (const [key, value] of Object.entries(binary)) {
    errs.push(...isConfigMapKey(key).map((msg) => invalid(`binaryData[${key}]`, key, msg)));
    if (key in data) errs.push(invalid(`binaryData[${key}]`, key, 'duplicate of key present in data'));
    size += Math.floor((String(value).length * 3) / 4);
  }
  if (size > MAX_SECRET_SIZE) errs.push(tooLong('', '', MAX_SECRET_SIZE));
  return errs;
}

export const configMapValidation: KindValidation = {
  validateCreate: (obj: KubeObject) => validateConfigMap(obj as ConfigMap),
  validateUpdate(obj: KubeObject, old: KubeObject) {
    const [cm, prev] = [obj as ConfigMap, old as ConfigMap];
    const errs = validateObjectMetaUpdate(cm.metadata, prev.metadata);
    if (prev.immutable) {
      if (!cm.immutable) errs.push(forbidden('immutable', IMMUTABLE_WHEN_SET));
      if (!semanticEqual(cm.data, prev.data)) errs.push(forbidden('data', IMMUTABLE_WHEN_SET));
      if (!semanticEqual(cm.binaryData, prev.binaryData)) errs.push(forbidden('binaryData', IMMUTABLE_WHEN_SET));
    }
    return [...errs, ...validateConfigMap(cm)];
  },
};
