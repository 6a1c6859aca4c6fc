/**
 * The element order of a merged list, as strategicpatch's normalizeElementOrder decides it:
 * elements named by the patch keep the patch's relative order, elements only the server has
 * keep theirs, and the two runs are interleaved so that a server-only element stays ahead of
 * a patch element only when it was ahead of it on the server. New elements therefore land
 * before the server-only ones that follow them — the quirk learners see with `kubectl patch`.
 */
import { PatchError, goSprint, isJsonObject } from './patchError';
import { DIRECTIVE } from './patchMeta';

export type ListKind = 'map' | 'scalar';

/** sliceElementType: all elements of both lists share one type; lists of lists are refused. */
export function listKind(original: unknown[], patch: unknown[]): ListKind {
  let kind: string | undefined;
  for (const v of [...original, ...patch]) {
    const t = v === null ? 'null' : Array.isArray(v) ? 'list' : typeof v;
    if (t === 'list') throw new PatchError('lists of lists are not supported', 'Invalid');
    if (kind !== undefined && kind !== t) throw new PatchError(`list element types are not identical: ${goSprint([original, patch])}`);
    kind = t;
  }
  return kind === 'object' ? 'map' : 'scalar';
}

/** Identity of an element: its merge key value for maps, itself for scalars. */
export const elementIdentity = (v: unknown, mergeKey: string, kind: ListKind) => goSprint(kind === 'map' && isJsonObject(v) ? v[mergeKey] : v);

function indexIn(list: unknown[], v: unknown, mergeKey: string, kind: ListKind): number {
  const id = elementIdentity(v, mergeKey, kind);
  return list.findIndex((x) => elementIdentity(x, mergeKey, kind) === id);
}

/** Splits `merged` into the elements `by` names and the rest, each in merged order. */
export function partitionByPresence(merged: unknown[], by: unknown[], mergeKey: string, kind: ListKind): [unknown[], unknown[]] {
  const named = new Set(by.map((v) => elementIdentity(v, mergeKey, kind)));
  const inBy: unknown[] = [];
  const rest: unknown[] = [];
  for (const v of merged) (named.has(elementIdentity(v, mergeKey, kind)) ? inBy : rest).push(v);
  return [inBy, rest];
}

/** Sorts by position in `order`, with `$patch: delete` elements moved to the end. */
function normalizeSliceOrder(toSort: unknown[], order: unknown[], mergeKey: string, kind: ListKind): unknown[] {
  const isDelete = (v: unknown) => kind === 'map' && isJsonObject(v) && v[DIRECTIVE] === 'delete';
  const keep = toSort.filter((v) => !isDelete(v));
  const pos = (v: unknown) => indexIn(order, v, mergeKey, kind);
  const sorted = keep
    .map((v, i) => ({ v, i, p: pos(v) }))
    .sort((a, b) => (a.p >= 0 && b.p >= 0 ? a.p - b.p : a.i - b.i))
    .map((x) => x.v);
  return [...sorted, ...toSort.filter(isDelete)];
}

/** Interleaves server-only and patch elements (mergeSortedSlice). */
function mergeSorted(serverOnly: unknown[], patch: unknown[], serverOrder: unknown[], mergeKey: string, kind: ListKind): unknown[] {
  const out: unknown[] = [];
  let i = 0;
  let j = 0;
  while (i < serverOnly.length || j < patch.length) {
    if (i >= serverOnly.length) out.push(patch[j++]);
    else if (j >= patch.length) out.push(serverOnly[i++]);
    else {
      const li = indexIn(serverOrder, serverOnly[i], mergeKey, kind);
      const ri = indexIn(serverOrder, patch[j], mergeKey, kind);
      if (li >= 0 && ri >= 0 && li < ri) out.push(serverOnly[i++]);
      else out.push(patch[j++]);
    }
  }
  return out;
}

export function normalizeElementOrder(
  patch: unknown[],
  serverOnly: unknown[],
  patchOrder: unknown[],
  serverOrder: unknown[],
  mergeKey: string,
  kind: ListKind,
): unknown[] {
  const p = normalizeSliceOrder(patch, patchOrder, mergeKey, kind);
  const s = normalizeSliceOrder(serverOnly, serverOrder, mergeKey, kind);
  return mergeSorted(s, p, serverOrder, mergeKey, kind);
}

/** Sorts a list the way diffLists pairs elements: by the text of the merge key (or value). */
export function sortByIdentity<T>(list: readonly T[], mergeKey: string, kind: ListKind): T[] {
  return [...list].sort((a, b) => {
    const [x, y] = [elementIdentity(a, mergeKey, kind), elementIdentity(b, mergeKey, kind)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

