/**
 * Checks a workspace read from outside (a file, IndexedDB, a link someone sent) before anything
 * replays it. Errors name the field (`journal[12].line: expected a string`), so a learner can
 * tell a damaged file from a wrong one; nothing here throws.
 */
import { PROFILES } from '../../../sim';
import { API_VERBS, type JournalEntry, type JournalKind } from './journal';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, type Workspace } from './workspace';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

type FieldType = 'string' | 'boolean' | 'number' | 'text|null' | 'fetchResult' | 'apiVerb' | 'array';

/** Each journal kind's fields; a trailing `?` marks an optional one. */
const ENTRY_FIELDS: Record<JournalKind, Record<string, FieldType>> = {
  exec: { line: 'string' },
  execSettled: { line: 'string' },
  interrupt: {},
  writeFile: { path: 'string', text: 'string', 'parents?': 'boolean' },
  stopNode: { name: 'string' },
  startNode: { name: 'string' },
  advance: { seconds: 'number' },
  settle: { maxSeconds: 'number' },
  editor: { attached: 'boolean' },
  fetched: { url: 'string', result: 'fetchResult' },
  edited: { text: 'text|null' },
  api: { verb: 'apiVerb', args: 'array' },
};

const TOP_FIELDS: Record<string, FieldType | 'journal' | 'buffers' | 'any' | 'literal'> = {
  format: 'literal',
  version: 'literal',
  createdAt: 'string',
  profile: 'string',
  seed: 'number',
  startTimeMs: 'number',
  timeMode: 'string',
  settle: 'boolean',
  clock: 'number',
  journal: 'journal',
  'truncatedAt?': 'number',
  'editorBuffers?': 'buffers',
  'lessonProgress?': 'any',
};

class Invalid extends Error {}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)?.slice(0, 40)}`;
}

function checkFetchResult(v: unknown): boolean {
  if (!isRecord(v)) return false;
  if ('error' in v) return typeof v.error === 'string' && Object.keys(v).length === 1;
  return Number.isInteger(v.status) && typeof v.statusText === 'string' && typeof v.body === 'string' && Object.keys(v).length === 3;
}

function checkField(path: string, v: unknown, type: FieldType): void {
  const ok =
    type === 'string' ? typeof v === 'string'
    : type === 'boolean' ? typeof v === 'boolean'
    : type === 'number' ? typeof v === 'number' && Number.isFinite(v)
    : type === 'text|null' ? typeof v === 'string' || v === null
    : type === 'apiVerb' ? (API_VERBS as readonly unknown[]).includes(v)
    : type === 'array' ? Array.isArray(v)
    : checkFetchResult(v);
  if (!ok) {
    const wanted = { string: 'a string', boolean: 'true or false', number: 'a finite number', 'text|null': 'a string or null', fetchResult: '{status, statusText, body} or {error}', apiVerb: `one of ${API_VERBS.join(', ')}`, array: 'an array' }[type];
    throw new Invalid(`${path}: expected ${wanted}, got ${describe(v)}`);
  }
}

/** Checks `obj` has exactly the fields of `spec` (optional ones marked `name?`). */
function checkShape<T extends string>(path: string, obj: Record<string, unknown>, spec: Record<string, T>, each: (key: string, type: T) => void): void {
  const known = new Set(Object.keys(spec).map((k) => k.replace(/\?$/, '')));
  for (const key of Object.keys(obj)) if (!known.has(key)) throw new Invalid(`${path}${path ? '.' : ''}${key}: unexpected field`);
  for (const [raw, type] of Object.entries(spec)) {
    const key = raw.replace(/\?$/, '');
    if (obj[key] === undefined) {
      if (raw.endsWith('?')) continue;
      throw new Invalid(`${path}${path ? '.' : ''}${key}: missing`);
    }
    each(key, type);
  }
}

function checkEntry(path: string, v: unknown, previousAt: number): JournalEntry {
  if (!isRecord(v)) throw new Invalid(`${path}: expected an object, got ${describe(v)}`);
  const kind = v.kind;
  if (typeof kind !== 'string' || !Object.hasOwn(ENTRY_FIELDS, kind)) throw new Invalid(`${path}.kind: unknown input ${describe(kind)} (known: ${Object.keys(ENTRY_FIELDS).join(', ')})`);
  checkShape(path, v, { kind: 'string', at: 'number', ...ENTRY_FIELDS[kind as JournalKind] }, (key, type) => checkField(`${path}.${key}`, v[key], type));
  if ((v.at as number) < previousAt) throw new Invalid(`${path}.at: goes back in time (${String(v.at)} after ${previousAt})`);
  return v as unknown as JournalEntry;
}

function checkJournal(v: unknown, startTimeMs: number): void {
  if (!Array.isArray(v)) throw new Invalid(`journal: expected an array, got ${describe(v)}`);
  let at = startTimeMs;
  v.forEach((e, i) => (at = checkEntry(`journal[${i}]`, e, at).at));
}

function checkTop(ws: Record<string, unknown>): void {
  checkShape('', ws, TOP_FIELDS, (key, type) => {
    const v = ws[key];
    if (type === 'literal' || type === 'any') return;
    if (type === 'journal') return checkJournal(v, ws.startTimeMs as number);
    if (type === 'buffers') {
      if (!isRecord(v)) throw new Invalid(`editorBuffers: expected an object of path → text, got ${describe(v)}`);
      for (const [p, text] of Object.entries(v)) checkField(`editorBuffers[${JSON.stringify(p)}]`, text, 'string');
      return;
    }
    checkField(key, v, type);
  });
}

/** Validates a workspace of the current version (migrate older ones first). */
export function validateWorkspace(value: unknown): Checked<Workspace> {
  try {
    if (!isRecord(value)) throw new Invalid(`expected a workspace object, got ${describe(value)}`);
    if (value.format !== WORKSPACE_FORMAT) throw new Invalid(`format: expected "${WORKSPACE_FORMAT}", got ${describe(value.format)}: not a playground workspace`);
    if (value.version !== WORKSPACE_VERSION) throw new Invalid(`version: expected ${WORKSPACE_VERSION}, got ${describe(value.version)}`);
    checkField('startTimeMs', value.startTimeMs, 'number');
    checkTop(value);
    if (!Object.hasOwn(PROFILES, value.profile as string)) throw new Invalid(`profile: unknown profile "${String(value.profile)}" (known: ${Object.keys(PROFILES).join(', ')})`);
    if (value.timeMode !== 'instant' && value.timeMode !== 'realtime') throw new Invalid(`timeMode: expected "instant" or "realtime", got ${describe(value.timeMode)}`);
    if (!Number.isSafeInteger(value.seed)) throw new Invalid(`seed: expected an integer, got ${describe(value.seed)}`);
    const journal = value.journal as JournalEntry[];
    const last = journal.length ? journal[journal.length - 1].at : (value.startTimeMs as number);
    if ((value.clock as number) < last) throw new Invalid(`clock: ${String(value.clock)} is before the journal's last input (${last})`);
    return { ok: true, value: value as unknown as Workspace };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: `invalid workspace: ${e.message}` };
    return { ok: false, error: `invalid workspace: ${e instanceof Error ? e.message : String(e)}` };
  }
}
