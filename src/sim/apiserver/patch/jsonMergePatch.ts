/**
 * JSON merge patch (RFC 7386): objects merge key by key, `null` deletes, anything else —
 * arrays included — replaces. What `kubectl patch --type merge` and CRDs get.
 */
import { clone, deepEqual } from '../../../common/objects';
import { type JsonObject, isJsonObject } from './patchError';

/** Applies `patch` to `target` without touching either. */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isJsonObject(patch)) return clone(patch);
  const out: JsonObject = isJsonObject(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = applyMergePatch(out[k], v);
  }
  return out;
}

/**
 * The merge patch that turns `original` into `modified` (evanphx CreateMergePatch): changed
 * and added keys carry the new value, removed keys carry `null`, arrays are compared whole.
 */
export function createMergePatch(original: JsonObject, modified: JsonObject): JsonObject {
  const patch: JsonObject = {};
  for (const [k, mv] of Object.entries(modified)) {
    if (mv === undefined) continue;
    const ov = original[k];
    if (isJsonObject(ov) && isJsonObject(mv)) {
      const sub = createMergePatch(ov, mv);
      if (Object.keys(sub).length > 0) patch[k] = sub;
    } else if (!(k in original) || !deepEqual(ov, mv)) {
      patch[k] = clone(mv);
    }
  }
  for (const k of Object.keys(original)) if (original[k] !== undefined && modified[k] === undefined) patch[k] = null;
  return patch;
}
