/**
 * Computing strategic merge patches (strategicpatch.diffMaps and friends): the patch that
 * turns one object into another, with `$patch: delete` for removed list elements,
 * `$deleteFromPrimitiveList` for removed strings, `$setElementOrder` to pin list order and
 * `$retainKeys` for fields tagged retainKeys.
 */
import { clone, deepEqual } from '../../../common/objects';
import { type JsonObject, isJsonObject } from './patchError';
import { type ListKind, elementIdentity, listKind, normalizeElementOrder, sortByIdentity } from './listOrder';
import { DELETE_FROM_PRIMITIVE_LIST, DIRECTIVE, type PatchSchema, RETAIN_KEYS, SET_ELEMENT_ORDER, fieldMeta, patchStrategy, retainsKeys } from './patchMeta';

export interface DiffOptions {
  /** Leave out fields the modified object drops (the "delta" half of a three-way patch). */
  ignoreDeletions?: boolean;
  /** Only record deletions (the "deletions" half of a three-way patch). */
  ignoreChangesAndAdditions?: boolean;
  setElementOrder?: boolean;
  buildRetainKeysDirective?: boolean;
}

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'list' : typeof v);

export function diffMaps(original: JsonObject, modified: JsonObject, schema: PatchSchema, opts: DiffOptions): JsonObject {
  const patch: JsonObject = {};
  const retainKeys: string[] = [];
  for (const [key, modifiedV] of Object.entries(modified)) {
    if (modifiedV === undefined) continue;
    if (opts.buildRetainKeysDirective && modifiedV !== null) retainKeys.push(key);
    const originalV = original[key];
    if (originalV === undefined || typeOf(originalV) !== typeOf(modifiedV)) {
      if (!opts.ignoreChangesAndAdditions) patch[key] = clone(modifiedV);
      continue;
    }
    const meta = fieldMeta(schema, key);
    if (isJsonObject(originalV) && isJsonObject(modifiedV)) {
      if (patchStrategy(meta) === 'replace') {
        if (!opts.ignoreChangesAndAdditions && !deepEqual(originalV, modifiedV)) patch[key] = clone(modifiedV);
        continue;
      }
      const sub = diffMaps(originalV, modifiedV, meta?.fields ?? {}, { ...opts, buildRetainKeysDirective: retainsKeys(meta) });
      if (Object.keys(sub).length > 0) patch[key] = sub;
    } else if (Array.isArray(originalV) && Array.isArray(modifiedV) && patchStrategy(meta) === 'merge') {
      const d = diffLists(originalV, modifiedV, meta?.fields ?? {}, meta?.mergeKey ?? '', { ...opts, buildRetainKeysDirective: retainsKeys(meta) });
      if (d.patch.length > 0) patch[key] = d.patch;
      if (d.deletions.length > 0) patch[`${DELETE_FROM_PRIMITIVE_LIST}${key}`] = d.deletions;
      if (d.order.length > 0) patch[`${SET_ELEMENT_ORDER}${key}`] = d.order;
    } else if (!deepEqual(originalV, modifiedV) && !opts.ignoreChangesAndAdditions) {
      patch[key] = clone(modifiedV);
    }
  }
  if (!opts.ignoreDeletions) {
    for (const key of Object.keys(original)) if (original[key] !== undefined && modified[key] === undefined) patch[key] = null;
  }
  const dropsFields = Object.keys(original).some((k) => original[k] !== null && original[k] !== undefined && modified[k] === undefined);
  if (retainKeys.length > 0 && (Object.keys(patch).length > 0 || dropsFields)) patch[RETAIN_KEYS] = retainKeys.sort();
  return patch;
}

interface ListDiff {
  patch: unknown[];
  deletions: unknown[];
  order: unknown[];
}

function diffLists(original: unknown[], modified: unknown[], schema: PatchSchema, mergeKey: string, opts: DiffOptions): ListDiff {
  if (original.length === 0) {
    return { patch: modified.length === 0 || opts.ignoreChangesAndAdditions ? [] : clone(modified), deletions: [], order: [] };
  }
  const kind = listKind(original, modified);
  return kind === 'map'
    ? diffListsOfMaps(original as JsonObject[], modified as JsonObject[], schema, mergeKey, opts)
    : diffListsOfScalars(original, modified, opts, kind);
}

function diffListsOfMaps(original: JsonObject[], modified: JsonObject[], schema: PatchSchema, mergeKey: string, opts: DiffOptions): ListDiff {
  const id = (v: unknown) => elementIdentity(v, mergeKey, 'map');
  const originalById = new Map(original.map((o) => [id(o), o]));
  const modifiedIds = new Set(modified.map(id));
  const changes: unknown[] = [];
  for (const m of sortByIdentity(modified, mergeKey, 'map')) {
    const o = originalById.get(id(m));
    if (!o) {
      if (!opts.ignoreChangesAndAdditions) changes.push(clone(m));
      continue;
    }
    const sub = diffMaps(o, m, schema, opts);
    if (Object.keys(sub).length > 0) changes.push({ ...sub, [mergeKey]: m[mergeKey] });
  }
  const deletions = opts.ignoreDeletions
    ? []
    : sortByIdentity(original, mergeKey, 'map')
        .filter((o) => !modifiedIds.has(id(o)))
        .map((o) => ({ [mergeKey]: o[mergeKey], [DIRECTIVE]: 'delete' }));
  const ordered = normalizeElementOrder(changes, [], modified, [], mergeKey, 'map');
  const patch = [...ordered, ...deletions];
  const sameOrder = original.length === modified.length && original.every((o, i) => id(o) === id(modified[i]));
  const wantOrder =
    opts.setElementOrder &&
    ((!opts.ignoreChangesAndAdditions && (patch.length > 0 || !sameOrder)) || (!opts.ignoreDeletions && patch.length > 0));
  return { patch, deletions: [], order: wantOrder ? modified.map((m) => ({ [mergeKey]: m[mergeKey] })) : [] };
}

function diffListsOfScalars(original: unknown[], modified: unknown[], opts: DiffOptions, kind: ListKind): ListDiff {
  const o = new Set(original);
  const m = new Set(modified);
  const added = opts.ignoreChangesAndAdditions ? [] : sortByIdentity([...m].filter((v) => !o.has(v)), '', kind);
  const deletions = opts.ignoreDeletions ? [] : sortByIdentity([...o].filter((v) => !m.has(v)), '', kind);
  const patch = normalizeElementOrder(added, [], modified, [], '', kind);
  const wantOrder = opts.setElementOrder && ((!opts.ignoreDeletions && deletions.length > 0) || (!opts.ignoreChangesAndAdditions && !deepEqual(original, modified)));
  return { patch, deletions, order: wantOrder ? clone(modified) : [] };
}
