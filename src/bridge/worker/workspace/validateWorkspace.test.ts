import { describe, expect, it } from 'vitest';
import { migrateWorkspace, readWorkspace, type MigrationTable } from './migrations';
import { validateWorkspace } from './validateWorkspace';
import type { Workspace } from './workspace';
import { FIXTURE_START as START, workspaceFixture } from './workspaceFixture.testing';

function valid(): Workspace {
  return workspaceFixture({
    clock: START + 90_000,
    journal: [
      { at: START + 60_000, kind: 'exec', line: 'kubectl get pods' },
      { at: START + 61_000, kind: 'fetched', url: 'https://example.com/a.yaml', result: { status: 200, statusText: 'OK', body: '' } },
      { at: START + 62_000, kind: 'edited', text: null },
      { at: START + 63_000, kind: 'api', verb: 'create', args: [{ group: '', resource: 'configmaps' }, { metadata: { name: 'settings' } }] },
    ],
    editorBuffers: { '/root/a.yaml': 'kind: Pod\n' },
  });
}

/** A copy of the valid workspace with the value at `path` replaced (undefined: removed). */
function edit(path: (string | number)[], value?: unknown): unknown {
  const ws = JSON.parse(JSON.stringify(valid())) as Record<string, unknown>;
  let at = ws as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === undefined) delete at[last];
  else at[last] = value;
  return ws;
}

describe('validateWorkspace', () => {
  it('accepts a well-formed workspace', () => {
    expect(validateWorkspace(valid())).toEqual({ ok: true, value: valid() });
  });

  it.each([
    { name: 'a missing command line', ws: edit(['journal', 0, 'line']), error: 'journal[0].line: missing' },
    { name: 'a command line of the wrong type', ws: edit(['journal', 0, 'line'], 42), error: 'journal[0].line: expected a string, got number 42' },
    { name: 'an unknown input', ws: edit(['journal', 1, 'kind'], 'dance'), error: 'journal[1].kind: unknown input string "dance"' },
    { name: 'time going backwards', ws: edit(['journal', 2, 'at'], START), error: 'journal[2].at: goes back in time' },
    { name: 'an unexpected field in an input', ws: edit(['journal', 0, 'sudo'], true), error: 'journal[0].sudo: unexpected field' },
    { name: 'a malformed download', ws: edit(['journal', 1, 'result'], { status: 'ok' }), error: 'journal[1].result: expected {status, statusText, body} or {error}' },
    { name: 'an API write with an unknown verb', ws: edit(['journal', 3, 'verb'], 'drop'), error: 'journal[3].verb: expected one of create, update, patch, delete, createSubresource, got string "drop"' },
    { name: 'an API write without a list of arguments', ws: edit(['journal', 3, 'args'], {}), error: 'journal[3].args: expected an array, got an object' },
    { name: 'an unknown profile', ws: edit(['profile'], 'gke'), error: 'profile: unknown profile "gke" (known: minikube, multinode, microk8s' },
    { name: 'a fractional seed', ws: edit(['seed'], 1.5), error: 'seed: expected an integer' },
    { name: 'an unknown time mode', ws: edit(['timeMode'], 'fast'), error: 'timeMode: expected "instant" or "realtime"' },
    { name: 'a clock before the last input', ws: edit(['clock'], START), error: "clock: 1717200000000 is before the journal's last input" },
    { name: 'a journal that is not a list', ws: edit(['journal'], {}), error: 'journal: expected an array, got an object' },
    { name: 'an editor buffer that is not text', ws: edit(['editorBuffers', '/root/a.yaml'], null), error: 'editorBuffers["/root/a.yaml"]: expected a string, got null' },
    { name: 'an unknown top-level field', ws: edit(['cluster'], {}), error: 'cluster: unexpected field' },
    { name: 'a missing seed', ws: edit(['seed']), error: 'seed: missing' },
    { name: 'an array', ws: [], error: 'expected a workspace object, got an array' },
  ])('rejects $name, naming the problem', ({ ws, error }) => {
    const r = validateWorkspace(ws);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error).toContain(error);
  });
});

describe('migrations', () => {
  /** A made-up version 0 that listed bare command lines, one second apart after boot. */
  const table: MigrationTable = {
    current: 1,
    steps: {
      0: (old) => {
        const { commands, ...rest } = old as { commands: string[] } & Record<string, unknown>;
        return { ...rest, journal: commands.map((line, i) => ({ at: START + 60_000 + i * 1000, kind: 'exec', line })) };
      },
    },
  };
  const v0 = { ...valid(), version: 0, journal: undefined, commands: ['kubectl get pods', 'kubectl get nodes'] };

  it('brings an old version up step by step, then it validates', () => {
    const migrated = migrateWorkspace(v0, table);
    expect(migrated.ok).toBe(true);
    const checked = validateWorkspace(migrated.ok ? migrated.value : undefined);
    expect(checked.ok && checked.value.journal.map((e) => (e.kind === 'exec' ? e.line : ''))).toEqual(['kubectl get pods', 'kubectl get nodes']);
    expect(checked.ok && checked.value.version).toBe(1);
  });

  it.each<{ name: string; table: MigrationTable; error: string }>([
    { name: 'a version without a migration', table: { current: 1, steps: {} }, error: 'workspace version 0 is too old to read (no migration to version 1)' },
    {
      name: 'a migration that fails',
      table: { current: 1, steps: { 0: () => { throw new Error('commands: expected a list'); } } },
      error: 'could not migrate workspace from version 0 to 1: commands: expected a list',
    },
  ])('reports $name', ({ table: t, error }) => {
    expect(migrateWorkspace(v0, t)).toEqual({ ok: false, error });
  });

  it('the real table reads the current version as it is', () => {
    expect(readWorkspace(valid())).toEqual({ ok: true, value: valid() });
  });
});
