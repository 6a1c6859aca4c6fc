/**
 * Strategic merge patch, as k8s.io/apimachinery/pkg/util/strategicpatch merges: lists tagged
 * `merge` are merged element by element on their merge key (or as sets, for strings), other
 * lists are replaced, maps merge, `null` deletes. Directives: `$patch: replace|delete` (on a
 * map or a list element), `$retainKeys`, `$setElementOrder/<list>`,
 * `$deleteFromPrimitiveList/<list>`.
 *
 * The same `mergeMap` also combines two patches for `kubectl apply` (threeWayMerge.ts); there
 * directives and nulls are kept rather than acted upon (Go's MergeOptions with
 * MergeParallelList and IgnoreUnmatchedNulls off).
 */
import { clone } from '../../../common/objects';
import { type JsonObject, PatchError, cannotUnmarshal, goSprint, isJsonObject } from './patchError';
import {
  DELETE_FROM_PRIMITIVE_LIST,
  DIRECTIVE,
  type PatchMeta,
  type PatchSchema,
  RETAIN_KEYS,
  SET_ELEMENT_ORDER,
  fieldMeta,
  patchSchemaForKind,
  patchStrategy,
} from './patchMeta';
import { type ListKind, listKind, normalizeElementOrder, partitionByPresence } from './listOrder';


export interface MergeOptions {
  /** Act on $deleteFromPrimitiveList/$setElementOrder/$retainKeys (applying), rather than keep them (combining patches). */
  mergeParallelList: boolean;
  /** Drop nulls that delete nothing (applying), rather than keep them as deletions to send. */
  ignoreUnmatchedNulls: boolean;
}

const APPLYING: MergeOptions = { mergeParallelList: true, ignoreUnmatchedNulls: true };

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'list' : typeof v);

const unknownPatchType = (t: unknown, m: JsonObject) => new PatchError(`unknown patch type: ${goSprint(t)} in map: ${goSprint(m)}`);
export const noMergeKey = (m: JsonObject, key: string) => new PatchError(`map: ${goSprint(m)} does not contain declared merge key: ${key}`);

function discardNulls(v: unknown): unknown {
  if (Array.isArray(v)) v.forEach(discardNulls);
  else if (isJsonObject(v)) {
    for (const [k, x] of Object.entries(v)) {
      if (x === null) delete v[k];
      else discardNulls(x);
    }
  }
  return v;
}

/** Merges `patch` into `original`; both are owned by the caller and may be changed. */
export function mergeMap(original: JsonObject | undefined, patch: JsonObject, schema: PatchSchema, opts: MergeOptions): JsonObject {
  if (DIRECTIVE in patch) {
    const directive = patch[DIRECTIVE];
    if (directive === 'replace') {
      delete patch[DIRECTIVE];
      return opts.ignoreUnmatchedNulls ? (discardNulls(patch) as JsonObject) : patch;
    }
    if (directive === 'delete') return {};
    throw unknownPatchType(directive, patch);
  }
  const target = original ?? {};
  applyRetainKeys(target, patch, opts);
  mergeOrderedLists(target, patch, schema, opts);
  for (const [k, patchV] of Object.entries(patch)) mergeField(target, k, patchV, schema, opts);
  return target;
}

function mergeField(target: JsonObject, k: string, patchV: unknown, schema: PatchSchema, opts: MergeOptions): void {
  let key = k;
  let isDeleteList = false;
  if (k.startsWith(DELETE_FROM_PRIMITIVE_LIST)) {
    if (!opts.mergeParallelList) {
      target[k] = patchV;
      return;
    }
    key = k.slice(DELETE_FROM_PRIMITIVE_LIST.length);
    isDeleteList = true;
  }
  if (patchV === null) {
    delete target[key];
    if (opts.ignoreUnmatchedNulls) return;
  }
  const originalV = target[key];
  if (!(key in target) || typeOf(originalV) !== typeOf(patchV)) {
    if (!isDeleteList) target[key] = opts.ignoreUnmatchedNulls ? discardNulls(patchV) : patchV;
    return;
  }
  const meta = fieldMeta(schema, key);
  if (isJsonObject(originalV) && isJsonObject(patchV)) {
    target[key] = patchStrategy(meta) === 'replace' ? patchV : mergeMap(originalV, patchV, meta?.fields ?? {}, opts);
  } else if (Array.isArray(originalV) && Array.isArray(patchV)) {
    target[key] = mergeSliceHandler(originalV, patchV, meta, isDeleteList, opts);
  } else {
    target[key] = patchV;
  }
}

function mergeSliceHandler(original: unknown[], patch: unknown[], meta: PatchMeta | undefined, isDeleteList: boolean, opts: MergeOptions): unknown[] {
  if (patchStrategy(meta) !== 'merge') return patch;
  return mergeSlice(original, patch, meta?.fields ?? {}, meta?.mergeKey ?? '', opts, isDeleteList);
}

function mergeSlice(original: unknown[], patch: unknown[], schema: PatchSchema, mergeKey: string, opts: MergeOptions, isDeleteList: boolean): unknown[] {
  if (original.length === 0 && patch.length === 0) return original;
  const kind = listKind(original, patch);
  if (kind === 'scalar') {
    if (opts.mergeParallelList && isDeleteList) return original.filter((v) => !patch.includes(v));
    const merged = [...new Set([...original, ...patch])];
    const [patchItems, serverOnly] = partitionByPresence(merged, patch, '', kind);
    return normalizeElementOrder(patchItems, serverOnly, patch, original, '', kind);
  }
  if (!mergeKey) throw new PatchError('cannot merge lists without merge key');
  const [base, rest] = mergeSliceWithSpecialElements(original as JsonObject[], patch as JsonObject[], mergeKey);
  const merged = mergeSliceWithoutSpecialElements(base, rest, mergeKey, schema, opts);
  const [patchItems, serverOnly] = partitionByPresence(merged, rest, mergeKey, kind);
  return normalizeElementOrder(patchItems, serverOnly, rest, base, mergeKey, kind);
}

/** Acts on `$patch` elements: `delete` drops the matching element, `replace` makes the list the patch's. */
function mergeSliceWithSpecialElements(original: JsonObject[], patch: JsonObject[], mergeKey: string): [JsonObject[], JsonObject[]] {
  const plain: JsonObject[] = [];
  let replace = false;
  let base = original;
  for (const v of patch) {
    if (!(DIRECTIVE in v)) {
      plain.push(v);
      continue;
    }
    const directive = v[DIRECTIVE];
    if (directive === 'delete') {
      if (!(mergeKey in v)) throw noMergeKey(v, mergeKey);
      base = base.filter((o) => goSprint(o[mergeKey]) !== goSprint(v[mergeKey]));
    } else if (directive === 'replace') replace = true;
    else if (directive === 'merge') throw new PatchError('merging lists cannot yet be specified in the patch');
    else throw unknownPatchType(directive, v);
  }
  return replace ? [plain, []] : [base, plain];
}

function mergeSliceWithoutSpecialElements(
  original: JsonObject[],
  patch: JsonObject[],
  mergeKey: string,
  schema: PatchSchema,
  opts: MergeOptions,
): JsonObject[] {
  const out = [...original];
  for (const v of patch) {
    if (!(mergeKey in v)) throw noMergeKey(v, mergeKey);
    const i = out.findIndex((o) => isJsonObject(o) && goSprint(o[mergeKey]) === goSprint(v[mergeKey]));
    if (i >= 0) out[i] = mergeMap(out[i], v, schema, opts);
    else out.push(v);
  }
  return out;
}

/** `$retainKeys: [a, b]` clears every other field of the original map (Deployment strategy, volumes). */
function applyRetainKeys(original: JsonObject, patch: JsonObject, opts: MergeOptions): void {
  if (!(RETAIN_KEYS in patch)) return;
  const retain = patch[RETAIN_KEYS];
  delete patch[RETAIN_KEYS];
  if (!opts.mergeParallelList) {
    original[RETAIN_KEYS] ??= retain;
    return;
  }
  const bad = new PatchError('invalid patch format of retainKeys', 'BadRequest');
  if (!Array.isArray(retain)) throw bad;
  const keep = new Set(retain.map(String));
  for (const [k, v] of Object.entries(patch)) {
    if (v !== null && !k.startsWith(DELETE_FROM_PRIMITIVE_LIST) && !k.startsWith(SET_ELEMENT_ORDER) && !keep.has(k)) throw bad;
  }
  for (const k of Object.keys(original)) if (!keep.has(k)) delete original[k];
}

/** `$setElementOrder/<list>`: merges that list now, then orders it as the directive says. */
function mergeOrderedLists(original: JsonObject, patch: JsonObject, schema: PatchSchema, opts: MergeOptions): void {
  for (const key of Object.keys(patch)) {
    if (!key.startsWith(SET_ELEMENT_ORDER)) continue;
    const order = patch[key];
    delete patch[key];
    if (!opts.mergeParallelList) original[key] ??= order;
    if (!Array.isArray(order)) throw new PatchError('invalid patch format of setElementOrder list', 'BadRequest');
    const listKey = key.slice(SET_ELEMENT_ORDER.length);
    const originalList = Array.isArray(original[listKey]) ? (original[listKey] as unknown[]) : undefined;
    const patchList = Array.isArray(patch[listKey]) ? (patch[listKey] as unknown[]) : undefined;
    if (!originalList && !patchList) continue;
    const meta = fieldMeta(schema, listKey);
    const mergeKey = meta?.mergeKey ?? '';
    let merged: unknown[];
    if (originalList && patchList) merged = mergeSliceHandler(originalList, patchList, meta, false, opts);
    else merged = originalList ?? stripDirectives(patchList) ?? [];
    const kind: ListKind = listKind(originalList ?? [], patchList ?? []);
    const [patchItems, serverOnly] = partitionByPresence(merged, order, mergeKey, kind);
    original[listKey] = normalizeElementOrder(patchItems, serverOnly, order, originalList ?? [], mergeKey, kind);
    delete patch[listKey];
  }
}

/** Removes directive keys and `$patch: delete` elements from a value taken over whole. */
export function stripDirectives<T>(v: T): T {
  if (Array.isArray(v)) return v.filter((x) => !(isJsonObject(x) && x[DIRECTIVE] === 'delete')).map(stripDirectives) as T;
  if (!isJsonObject(v)) return v;
  const out: JsonObject = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === DIRECTIVE || k === RETAIN_KEYS || k.startsWith(SET_ELEMENT_ORDER) || k.startsWith(DELETE_FROM_PRIMITIVE_LIST)) continue;
    out[k] = stripDirectives(x);
  }
  return out as T;
}

/**
 * Applies a strategic merge patch to a copy of `current`, with the metadata of `kind`; kinds
 * without metadata (custom resources) merge maps and replace lists. Directives and nulls left
 * in values taken over whole are dropped, as decoding into the Go struct would drop them.
 */
export function applyStrategicMergePatch(current: object, patch: unknown, kind: string): JsonObject {
  if (!isJsonObject(patch)) throw cannotUnmarshal(patch, 'map[string]interface {}');
  const schema = patchSchemaForKind(kind) ?? {};
  const merged = mergeMap(clone(current) as JsonObject, clone(patch), schema, APPLYING);
  return stripDirectives(discardNulls(merged) as JsonObject);
}
