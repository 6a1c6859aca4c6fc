/**
 * What the autosave keeps in IndexedDB: the worker's workspace (versioned and validated by the
 * worker itself) in a small versioned envelope of the page's own. Reading never throws: a record
 * from another version of the page, or damaged, comes back as an error to show the learner.
 */
import type { Workspace } from '../../bridge/main/types';

export const RECORD_VERSION = 1;

export interface SavedRecord {
  version: typeof RECORD_VERSION;
  /** Wall-clock ms of the save, for "saved 2 min ago". */
  savedAt: number;
  workspace: Workspace;
}

export type ReadRecord = { ok: true; record: SavedRecord } | { ok: false; error: string };

export function makeRecord(workspace: Workspace, savedAt: number): SavedRecord {
  return { version: RECORD_VERSION, savedAt, workspace };
}

/** Checks the envelope only; the workspace inside is the worker's to validate on import. */
export function readRecord(raw: unknown): ReadRecord {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: `the saved workspace is not a record (${raw === null ? 'null' : typeof raw})` };
  const r = raw as Record<string, unknown>;
  if (r.version !== RECORD_VERSION) return { ok: false, error: `the saved workspace has version ${JSON.stringify(r.version) ?? 'none'}; this page reads version ${RECORD_VERSION}` };
  if (typeof r.savedAt !== 'number' || !Number.isFinite(r.savedAt)) return { ok: false, error: 'the saved workspace has no valid savedAt time' };
  if (typeof r.workspace !== 'object' || r.workspace === null) return { ok: false, error: 'the saved workspace holds no session' };
  return { ok: true, record: r as unknown as SavedRecord };
}
