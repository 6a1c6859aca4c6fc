/**
 * The patch `kubectl apply` sends. From the last-applied configuration (original), the new
 * manifest (modified) and the live object (current) it takes additions and changes from
 * current → modified, and deletions from original → modified only — so fields other writers
 * set (controllers, `kubectl label`, defaulting) survive an apply, while fields the user
 * removed from the manifest go away.
 *
 * Built-in kinds get a strategic merge patch (strategicpatch.CreateThreeWayMergePatch);
 * kinds without patch metadata get a JSON merge patch (jsonmergepatch.CreateThreeWayJSONMergePatch),
 * matching the patch type kubectl then sends (see patchTypeForKind).
 */
import { type JsonObject, isJsonObject } from './patchError';
import { createMergePatch } from './jsonMergePatch';
import { patchSchemaForKind } from './patchMeta';
import { diffMaps } from './strategicDiff';
import { mergeMap } from './strategicMergePatch';

/** The patch type kubectl apply/edit/label use for a kind: strategic for built-ins, merge otherwise. */
export function patchTypeForKind(kind: string): 'strategic' | 'merge' {
  return patchSchemaForKind(kind) ? 'strategic' : 'merge';
}

/** strategicpatch.CreateTwoWayMergePatch: what `kubectl edit` sends for the edits it sees. */
export function createTwoWayMergePatch(original: object, modified: object, kind: string): JsonObject {
  const schema = patchSchemaForKind(kind);
  if (!schema) return createMergePatch(original as JsonObject, modified as JsonObject);
  return diffMaps(original as JsonObject, modified as JsonObject, schema, { setElementOrder: true });
}

export function createThreeWayMergePatch(original: object | undefined, modified: object, current: object, kind: string): JsonObject {
  const o = (original ?? {}) as JsonObject;
  const m = modified as JsonObject;
  const c = current as JsonObject;
  const schema = patchSchemaForKind(kind);
  if (!schema) return threeWayJsonMergePatch(o, m, c);
  const delta = diffMaps(c, m, schema, { ignoreDeletions: true, setElementOrder: true });
  const deletions = diffMaps(o, m, schema, { ignoreChangesAndAdditions: true, setElementOrder: true });
  return mergeMap(deletions, delta, schema, { mergeParallelList: false, ignoreUnmatchedNulls: false });
}

/** Keeps only the nulls of a merge patch (deletions) or only everything else (additions, changes). */
function keepNulls(patch: JsonObject, keep: boolean): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(patch)) {
    if (isJsonObject(v)) {
      const sub = keepNulls(v, keep);
      if (Object.keys(sub).length > 0 || (!keep && Object.keys(v).length === 0)) out[k] = sub;
    } else if ((v === null) === keep) out[k] = v;
  }
  return out;
}

function mergePatches(into: JsonObject, from: JsonObject): JsonObject {
  const out: JsonObject = { ...into };
  for (const [k, v] of Object.entries(from)) out[k] = isJsonObject(v) && isJsonObject(out[k]) ? mergePatches(out[k] as JsonObject, v) : v;
  return out;
}

function threeWayJsonMergePatch(original: JsonObject, modified: JsonObject, current: JsonObject): JsonObject {
  const additionsAndChanges = keepNulls(createMergePatch(current, modified), false);
  const deletions = keepNulls(createMergePatch(original, modified), true);
  return mergePatches(deletions, additionsAndChanges);
}

/** An apply with nothing to do: kubectl then prints `… unchanged` and sends nothing. */
export function isEmptyPatch(patch: unknown): boolean {
  return isJsonObject(patch) && Object.keys(patch).length === 0;
}
