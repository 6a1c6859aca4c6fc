/** Secrets: config keys, 1 MiB, the keys each built-in type requires, immutable type and data. */
import type { Secret } from 'kubernetes-types/core/v1';
import { forbidden, invalid, required, tooLong, type FieldError } from '../../api/fieldErrors';
import type { KubeObject } from '../../api/types';
import { decodeBase64 } from '../../../common/base64';
import { IMMUTABLE_WHEN_SET, MAX_SECRET_SIZE } from './configMap';
import { isConfigMapKey, nameIsDNSSubdomain } from './names';
import { FIELD_IMMUTABLE, validateObjectMeta, validateObjectMetaUpdate } from './objectMeta';
import { semanticEqual } from './semantic';
import type { KindValidation } from './types';

const SERVICE_ACCOUNT_NAME_KEY = 'kubernetes.io/service-account.name';

/** Data values are base64 on the wire; their decoded length is what counts. */
const decodedLength = (b64: string) => Math.floor((b64.replace(/=+$/, '').length * 3) / 4);

function decodesToJson(b64: string): boolean {
  const text = decodeBase64(b64);
  if (text === undefined) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function validateTypeRequirements(secret: Secret): FieldError[] {
  const data = secret.data ?? {};
  const has = (k: string) => k in data;
  switch (secret.type) {
    case 'kubernetes.io/service-account-token':
      return secret.metadata?.annotations?.[SERVICE_ACCOUNT_NAME_KEY] ? [] : [required(`metadata.annotations[${SERVICE_ACCOUNT_NAME_KEY}]`)];
    case 'kubernetes.io/dockercfg':
    case 'kubernetes.io/dockerconfigjson': {
      const key = secret.type === 'kubernetes.io/dockercfg' ? '.dockercfg' : '.dockerconfigjson';
      if (!has(key)) return [required(`data[${key}]`)];
      return decodesToJson(data[key]) ? [] : [invalid(`data[${key}]`, '<secret contents redacted>', 'invalid character looking for beginning of value')];
    }
    case 'kubernetes.io/basic-auth':
      return has('username') || has('password') ? [] : [required('data[username]'), required('data[password]')];
    case 'kubernetes.io/ssh-auth':
      return data['ssh-privatekey'] ? [] : [required('data[ssh-privatekey]')];
    case 'kubernetes.io/tls':
      return [...(has('tls.crt') ? [] : [required('data[tls.crt]')]), ...(has('tls.key') ? [] : [required('data[tls.key]')])];
    default:
      return [];
  }
}

function validateSecret(secret: Secret): FieldError[] {
  const errs = validateObjectMeta(secret.metadata, true, nameIsDNSSubdomain);
  let size = 0;
  for (const [key, value] of Object.entries(secret.data ?? {})) {
    errs.push(...isConfigMapKey(key).map((msg) => invalid(`data[${key}]`, key, msg)));
    size += decodedLength(String(value));
  }
  if (size > MAX_SECRET_SIZE) errs.push(tooLong('data', '', MAX_SECRET_SIZE));
  errs.push(...validateTypeRequirements(secret));
  return errs;
}

export const secretValidation: KindValidation = {
  validateCreate: (obj: KubeObject) => validateSecret(obj as Secret),
  validateUpdate(obj: KubeObject, old: KubeObject) {
    const [secret, prev] = [obj as Secret, old as Secret];
    const errs = validateObjectMetaUpdate(secret.metadata, prev.metadata);
    if ((secret.type ?? '') !== (prev.type ?? '')) errs.push(invalid('type', secret.type ?? '', FIELD_IMMUTABLE));
    if (prev.immutable) {
      if (!secret.immutable) errs.push(forbidden('immutable', IMMUTABLE_WHEN_SET));
      if (!semanticEqual(secret.data, prev.data)) errs.push(forbidden('data', IMMUTABLE_WHEN_SET));
    }
    return [...errs, ...validateSecret(secret)];
  },
};
