/**
 * Secrets: type Opaque by default, and `stringData` merged into `data` (base64), as decoding the
 * v1 object does; stringData wins over data for the same key and is never stored.
 */
import type { Secret } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../api/types';
import { encodeBase64 } from '../../../common/base64';

export function setDefaultsSecret(obj: KubeObject): void {
  const secret = obj as Secret;
  secret.type ||= 'Opaque';
  if (secret.stringData) {
    const data = (secret.data ??= {});
    for (const [k, v] of Object.entries(secret.stringData)) data[k] = encodeBase64(String(v));
    delete secret.stringData;
  }
}
