import { describe, expect, it } from 'vitest';
import { makeRecord, readRecord } from './savedRecord';
import type { Workspace } from '../../bridge/main/types';

const ws = { format: 'kube-playground/workspace', version: 1 } as unknown as Workspace;

describe('readRecord', () => {
  it.each([
    { name: 'garbage text', raw: 'garbage', error: 'not a record (string)' },
    { name: 'null', raw: null, error: 'not a record (null)' },
    { name: 'an array', raw: [], error: 'not a record (object)' },
    { name: 'a future version', raw: { version: 2, savedAt: 1, workspace: ws }, error: 'has version 2; this page reads version 1' },
    { name: 'no version', raw: { savedAt: 1, workspace: ws }, error: 'has version none' },
    { name: 'no time', raw: { version: 1, workspace: ws }, error: 'no valid savedAt' },
    { name: 'no session', raw: { version: 1, savedAt: 1 }, error: 'holds no session' },
  ])('refuses $name', ({ raw, error }) => {
    const read = readRecord(raw);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error).toContain(error);
  });

  it('reads back what makeRecord wrote', () => {
    expect(readRecord(structuredClone(makeRecord(ws, 42)))).toEqual({ ok: true, record: { version: 1, savedAt: 42, workspace: ws } });
  });
});
