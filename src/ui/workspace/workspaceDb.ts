/**
 * A small promise wrapper over IndexedDB: one database, one object store of whole records by key.
 * Raw IndexedDB because three calls do not justify a dependency (the `idb` package would do).
 */
const DB_NAME = 'kube-playground';
const STORE = 'workspaces';

/** The record the autosave writes and restores. */
export const AUTOSAVE_KEY = 'autosave';
/** A save that could not be read or replayed, kept so the learner can export it. */
export const UNREADABLE_KEY = 'unreadable';

export interface WorkspaceDb {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Opens the database, or rejects where IndexedDB is missing or blocked (some private modes). */
export async function openWorkspaceDb(): Promise<WorkspaceDb> {
  if (typeof indexedDB === 'undefined') throw new Error('this browser has no IndexedDB');
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    if (!open.result.objectStoreNames.contains(STORE)) open.result.createObjectStore(STORE);
  };
  const db = await done(open);
  const store = (mode: IDBTransactionMode) => db.transaction(STORE, mode).objectStore(STORE);
  return {
    get: (key) => done(store('readonly').get(key)),
    put: async (key, value) => void (await done(store('readwrite').put(value, key))),
    delete: async (key) => void (await done(store('readwrite').delete(key))),
  };
}
