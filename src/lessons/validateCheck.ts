import { CHECK_KINDS, type Check, type CheckKind } from './checkTypes';
import { parseCountSpec } from './countSpec';
import { resourceFor } from './findObjects';
import { parseJsonPath } from './jsonPath';
import { LessonFormatError } from './LessonFormatError';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function need(cond: unknown, where: string, message: string): asserts cond {
  if (!cond) throw new LessonFormatError(`${where}: ${message}`);
}

function tryOr(where: string, fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    throw new LessonFormatError(`${where}: ${(e as Error).message}`);
  }
}

function validateBody(kind: CheckKind, body: unknown, where: string): void {
  if (kind === 'all' || kind === 'any') {
    need(Array.isArray(body) && body.length > 0, where, `${kind} needs a non-empty list of checks`);
    (body as unknown[]).forEach((c, i) => validateCheck(c, `${where}[${i}]`));
    return;
  }
  if (kind === 'not') return validateCheck(body, where);
  need(isObj(body), where, `${kind} needs a mapping`);
  if (typeof body.resource === 'string') tryOr(where, () => resourceFor(body.resource as string));
  if (typeof body.path === 'string' && kind !== 'file') tryOr(where, () => parseJsonPath(body.path as string));
  for (const key of ['is', 'running', 'ready', 'compare'] as const) {
    if (body[key] !== undefined) tryOr(`${where}.${key}`, () => parseCountSpec(body[key] as number | string));
  }
  if (typeof body.matches === 'string') tryOr(`${where}.matches`, () => new RegExp(body.matches as string));
  const required: Partial<Record<CheckKind, string[]>> = {
    exists: ['resource'],
    absent: ['resource'],
    value: ['resource', 'path'],
    count: ['resource', 'is'],
    event: ['reason'],
    command: ['matches'],
    file: ['path'],
    endpoints: ['service'],
  };
  for (const key of required[kind] ?? []) need(body[key] !== undefined, where, `${kind} needs "${key}"`);
}

/** Throws LessonFormatError naming the path of the first thing wrong with a check. */
export function validateCheck(raw: unknown, where: string): asserts raw is Check {
  need(isObj(raw), where, 'a check is a mapping with one key');
  const keys = Object.keys(raw);
  need(keys.length === 1, where, `a check has exactly one key (got ${keys.join(', ') || 'none'})`);
  const kind = keys[0] as CheckKind;
  need(CHECK_KINDS.includes(kind), where, `unknown check "${kind}" (known: ${CHECK_KINDS.join(', ')})`);
  validateBody(kind, raw[kind], `${where}.${kind}`);
}
