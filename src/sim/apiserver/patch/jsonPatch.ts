/**
 * JSON patch (RFC 6902) with the behaviour and messages of gopkg.in/evanphx/json-patch.v4,
 * the version kube-apiserver links. Two of its quirks are kept on purpose because learners
 * meet them: `replace` on a missing object key adds it, and negative array indices count
 * from the end.
 */
import { clone, deepEqual } from '../../../common/objects';
import { type JsonObject, PatchError, cannotUnmarshal, isJsonObject } from './patchError';

type Container = JsonObject | unknown[];

const MISSING = 'missing value';
const INVALID_INDEX = 'invalid index referenced';
const TEST_FAILED = 'test failed';

const fail = (message: string) => new PatchError(message, 'Invalid');

/** ~1 before ~0, as RFC 6901 requires. */
const decodeKey = (k: string) => k.replace(/~1/g, '/').replace(/~0/g, '~');

/** strconv.Atoi, with its error text. */
function atoi(key: string): number {
  if (!/^[+-]?\d+$/.test(key)) throw new Error(`strconv.Atoi: parsing ${JSON.stringify(key)}: invalid syntax`);
  return Number(key);
}

const invalidIndex = (idx: number) => new Error(`Unable to access invalid index: ${idx}: ${INVALID_INDEX}`);

/** The container holding the last path segment, or undefined when the path leads nowhere. */
function findObject(doc: Container, path: string): { con: Container; key: string } | undefined {
  const split = path.split('/');
  if (split.length < 2) return undefined;
  let con: Container = doc;
  for (const part of split.slice(1, -1)) {
    let next: unknown;
    try {
      next = get(con, decodeKey(part));
    } catch {
      return undefined;
    }
    if (!Array.isArray(next) && !isJsonObject(next)) return undefined;
    con = next;
  }
  return { con, key: decodeKey(split[split.length - 1]) };
}

function get(con: Container, key: string): unknown {
  if (!Array.isArray(con)) return con[key];
  const idx = atoi(key);
  if (idx < 0 || idx >= con.length) throw invalidIndex(idx);
  return con[idx];
}

function add(con: Container, key: string, value: unknown): void {
  if (!Array.isArray(con)) {
    con[key] = value;
    return;
  }
  if (key === '-') {
    con.push(value);
    return;
  }
  let idx: number;
  try {
    idx = atoi(key);
  } catch (e) {
    throw new Error(`value was not a proper array index: '${key}': ${(e as Error).message}`, { cause: e });
  }
  const size = con.length + 1;
  if (idx >= size || idx < -size) throw invalidIndex(idx);
  con.splice(idx < 0 ? idx + size : idx, 0, value);
}

function remove(con: Container, key: string): void {
  if (!Array.isArray(con)) {
    if (!(key in con)) throw new Error(`Unable to remove nonexistent key: ${key}: ${MISSING}`);
    delete con[key];
    return;
  }
  const idx = atoi(key);
  if (idx >= con.length || idx < -con.length) throw invalidIndex(idx);
  con.splice(idx < 0 ? idx + con.length : idx, 1);
}

function set(con: Container, key: string, value: unknown): void {
  if (Array.isArray(con)) con[atoi(key)] = value;
  else con[key] = value;
}

/** Runs `fn`, prefixing any error it throws the way errors.Wrapf does. */
function wrapped(prefix: string, fn: () => void): void {
  try {
    fn();
  } catch (e) {
    throw fail(`${prefix}: ${(e as Error).message}`);
  }
}

interface Operation {
  op?: unknown;
  path?: unknown;
  from?: unknown;
  value?: unknown;
}

function pathOf(o: Operation, field: 'path' | 'from', verb: string): string {
  const p = o[field];
  if (typeof p !== 'string') throw fail(`${verb} operation failed to decode ${field}: ${MISSING}`);
  return p;
}

type Doc = { root: Container };

function applyAdd(doc: Doc, o: Operation): void {
  const path = pathOf(o, 'path', 'add');
  const at = findObject(doc.root, path);
  if (!at) throw fail(`add operation does not apply: doc is missing path: "${path}": ${MISSING}`);
  wrapped(`error in add for path: '${path}'`, () => add(at.con, at.key, clone(o.value ?? null)));
}

function applyRemove(doc: Doc, o: Operation): void {
  const path = pathOf(o, 'path', 'remove');
  const at = findObject(doc.root, path);
  if (!at) throw fail(`remove operation does not apply: doc is missing path: "${path}": ${MISSING}`);
  wrapped(`error in remove for path: '${path}'`, () => remove(at.con, at.key));
}

function applyReplace(doc: Doc, o: Operation): void {
  const path = pathOf(o, 'path', 'replace');
  if (path === '') {
    // v4 silently ignores a root replacement that is not an object or array.
    if (Array.isArray(o.value) || isJsonObject(o.value)) doc.root = clone(o.value);
    return;
  }
  const at = findObject(doc.root, path);
  if (!at) throw fail(`replace operation does not apply: doc is missing path: ${path}: ${MISSING}`);
  try {
    get(at.con, at.key);
  } catch {
    throw fail(`replace operation does not apply: doc is missing key: ${path}: ${MISSING}`);
  }
  set(at.con, at.key, clone(o.value ?? null));
}

function applyMove(doc: Doc, o: Operation): void {
  const from = pathOf(o, 'from', 'move');
  const src = findObject(doc.root, from);
  if (!src) throw fail(`move operation does not apply: doc is missing from path: ${from}: ${MISSING}`);
  let value: unknown;
  wrapped(`error in move for path: '${src.key}'`, () => {
    value = get(src.con, src.key);
    remove(src.con, src.key);
  });
  const path = pathOf(o, 'path', 'move');
  const dst = findObject(doc.root, path);
  if (!dst) throw fail(`move operation does not apply: doc is missing destination path: ${path}: ${MISSING}`);
  wrapped(`error in move for path: '${path}'`, () => add(dst.con, dst.key, value ?? null));
}

function applyCopy(doc: Doc, o: Operation): void {
  const from = pathOf(o, 'from', 'copy');
  const src = findObject(doc.root, from);
  if (!src) throw fail(`copy operation does not apply: doc is missing from path: ${from}: ${MISSING}`);
  let value: unknown;
  wrapped(`error in copy for from: '${from}'`, () => (value = get(src.con, src.key)));
  const path = pathOf(o, 'path', 'copy');
  const dst = findObject(doc.root, path);
  if (!dst) throw fail(`copy operation does not apply: doc is missing destination path: ${path}: ${MISSING}`);
  wrapped(`error in copy for path: '${path}'`, () => add(dst.con, dst.key, clone(value ?? null)));
}

function applyTest(doc: Doc, o: Operation): void {
  const path = pathOf(o, 'path', 'test');
  const failed = () => fail(`testing value ${path} failed: ${TEST_FAILED}`);
  if (path === '') {
    if (!deepEqual(doc.root, o.value)) throw failed();
    return;
  }
  const at = findObject(doc.root, path);
  if (!at) throw fail(`test operation does not apply: is missing path: ${path}: ${MISSING}`);
  let actual: unknown;
  wrapped(`error in test for path: '${path}'`, () => (actual = get(at.con, at.key)));
  const expected = o.value ?? null;
  if ((actual ?? null) === null ? expected !== null : !deepEqual(actual, expected)) throw failed();
}

const OPERATIONS: Record<string, (doc: Doc, o: Operation) => void> = {
  add: applyAdd,
  remove: applyRemove,
  replace: applyReplace,
  move: applyMove,
  copy: applyCopy,
  test: applyTest,
};

/** Applies an RFC 6902 patch to a copy of `doc`; the first failing operation aborts it all. */
export function applyJsonPatch(doc: object, patch: unknown): object {
  if (patch === null) return clone(doc);
  if (!Array.isArray(patch)) throw cannotUnmarshal(patch, 'jsonpatch.Patch');
  const state: Doc = { root: clone(doc) as Container };
  for (const raw of patch) {
    if (!isJsonObject(raw)) throw cannotUnmarshal(raw, 'jsonpatch.Operation');
    const o = raw as Operation;
    const kind = typeof o.op === 'string' ? o.op : 'unknown';
    const run = OPERATIONS[kind];
    if (!run) throw fail(`Unexpected kind: ${kind}: unknown object type`);
    run(state, o);
  }
  return state.root;
}
