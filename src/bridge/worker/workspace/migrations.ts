/**
 * Reading a workspace of any version this page knows: migrate step by step (n → n+1) to the
 * current version, then validate. A workspace saved by a newer page is refused, not guessed at.
 *
 * When the format changes: bump WORKSPACE_VERSION, add `MIGRATIONS[old]` turning an old-version
 * object into the next version's, and keep the old steps (a tab saved months ago still loads).
 * A migration must keep replay exact: it may rename or reshape, never drop an input.
 */
import { validateWorkspace, type Checked } from './validateWorkspace';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, type Workspace } from './workspace';

export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** `MIGRATIONS[n]` turns a version-n workspace into version n+1. Version 1 is the first. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export interface MigrationTable {
  current: number;
  steps: Readonly<Record<number, Migration>>;
}

const CURRENT: MigrationTable = { current: WORKSPACE_VERSION, steps: MIGRATIONS };

/** Brings a parsed workspace of any known version to `table.current`; never throws. */
export function migrateWorkspace(value: unknown, table: MigrationTable = CURRENT): Checked<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'invalid workspace: expected a workspace object' };
  let ws = value as Record<string, unknown>;
  if (ws.format !== WORKSPACE_FORMAT) return { ok: false, error: `invalid workspace: format: expected "${WORKSPACE_FORMAT}": not a playground workspace` };
  if (!Number.isInteger(ws.version)) return { ok: false, error: 'invalid workspace: version: expected an integer' };
  if ((ws.version as number) > table.current) return { ok: false, error: `this workspace was saved by a newer version of the playground (workspace version ${String(ws.version)}; this page reads up to ${table.current}): reload the page to update it` };
  for (let v = ws.version as number; v < table.current; v++) {
    const step = table.steps[v];
    if (!step) return { ok: false, error: `workspace version ${v} is too old to read (no migration to version ${v + 1})` };
    try {
      ws = { ...step(ws), version: v + 1 };
    } catch (e) {
      return { ok: false, error: `could not migrate workspace from version ${v} to ${v + 1}: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  return { ok: true, value: ws };
}

/** Migrates and validates anything read from outside. */
export function readWorkspace(value: unknown): Checked<Workspace> {
  const migrated = migrateWorkspace(value);
  return migrated.ok ? validateWorkspace(migrated.value) : migrated;
}
