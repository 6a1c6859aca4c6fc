/**
 * PATCH for every kind: `merge` (RFC 7386), `json` (RFC 6902) and `strategic`, each applied to
 * a copy of the live object. Failures are PatchError values; `failure` says which status the
 * API server answers with.
 */
import { clone } from '../../../common/objects';
import { applyJsonPatch } from './jsonPatch';
import { applyMergePatch } from './jsonMergePatch';
import { type JsonObject, PatchError, cannotUnmarshal, isJsonObject } from './patchError';
import { applyStrategicMergePatch } from './strategicMergePatch';

export type { PatchFailure } from './patchError';
export { PatchError } from './patchError';
export { createThreeWayMergePatch, createTwoWayMergePatch, isEmptyPatch, patchTypeForKind } from './threeWayMerge';
export { createMergePatch } from './jsonMergePatch';
export { supportsStrategicMerge } from './patchMeta';

export type ApplicablePatchType = 'merge' | 'json' | 'strategic';

/** Never mutates `current` or `patch`; the result shares nothing with either. */
export function applyPatch(type: ApplicablePatchType, current: object, patch: unknown, kind: string): JsonObject {
  let result: unknown;
  switch (type) {
    case 'merge':
      if (!isJsonObject(patch)) throw new PatchError('Invalid JSON Patch', 'BadRequest');
      result = applyMergePatch(clone(current), patch);
      break;
    case 'json':
      result = applyJsonPatch(current, patch);
      break;
    case 'strategic':
      result = applyStrategicMergePatch(current, patch, kind);
      break;
  }
  // The patched document must still decode into an object.
  if (!isJsonObject(result)) throw cannotUnmarshal(result, 'map[string]interface {}');
  return result;
}
