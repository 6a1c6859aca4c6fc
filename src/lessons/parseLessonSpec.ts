import { parse } from 'yaml';
import { PROFILES, type KubeObject } from '../sim';
import type { ValueRef } from './checkTypes';
import { LessonFormatError } from './LessonFormatError';
import type { Fault, HintSpec, LessonCommand, LessonSetup, LessonSpec, Level, StepSpec } from './types';
import { validateCheck } from './validateCheck';

type Obj = Record<string, unknown>;

const LEVELS: Level[] = ['beginner', 'intermediate', 'advanced'];
const ID = /^[a-z0-9][a-z0-9-]*$/;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function need(cond: unknown, where: string, message: string): asserts cond {
  if (!cond) throw new LessonFormatError(`${where}: ${message}`);
}

const list = (v: unknown, where: string): unknown[] => {
  if (v === undefined || v === null) return [];
  need(Array.isArray(v), where, 'must be a list');
  return v;
};

/** The heredoc a learner would type to create the file: quoted delimiter, so nothing expands. */
export function heredocFor(path: string, content: string): string {
  const body = content.endsWith('\n') ? content : `${content}\n`;
  return `cat <<'EOF' > ${path}\n${body}EOF`;
}

function parseCommand(raw: unknown, where: string): LessonCommand {
  need(isObj(raw), where, 'a command is a mapping');
  need(typeof raw.id === 'string' && ID.test(raw.id), where, 'needs an id (lowercase letters, digits, dashes)');
  const hidden = raw.hidden === true;
  const kind = raw.copy === true ? 'copy' : 'run';
  if (raw.file !== undefined) {
    need(typeof raw.file === 'string' && typeof raw.content === 'string', where, 'a file command needs "file" (a path) and "content"');
    return { id: raw.id, kind, hidden, run: heredocFor(raw.file, raw.content), file: { path: raw.file, content: raw.content } };
  }
  need(typeof raw.run === 'string' && raw.run.trim() !== '', where, 'needs "run" (the command text) or "file" + "content"');
  return { id: raw.id, kind, hidden, run: raw.run.replace(/\n+$/, '') };
}

function parseHint(raw: unknown, where: string): HintSpec {
  need(isObj(raw), where, 'a hint is a mapping');
  need(typeof raw.id === 'string' && ID.test(raw.id), where, 'needs an id');
  const after = raw.after ?? 0;
  need(typeof after === 'number' && after >= 0, where, '"after" is a number of seconds');
  if (raw.when !== undefined) validateCheck(raw.when, `${where}.when`);
  const vars = (raw.vars ?? {}) as Record<string, ValueRef>;
  need(isObj(vars), where, '"vars" maps names to {resource, path, …}');
  for (const [name, ref] of Object.entries(vars)) validateCheck({ value: ref }, `${where}.vars.${name}`);
  return { id: raw.id, after, when: raw.when as HintSpec['when'], vars };
}

function parseStep(raw: unknown, where: string): StepSpec {
  need(isObj(raw), where, 'a step is a mapping');
  need(typeof raw.id === 'string' && ID.test(raw.id) && raw.id !== 'finish', where, 'needs an id (not "finish")');
  const commands = list(raw.commands, `${where}.commands`).map((c, i) => parseCommand(c, `${where}.commands[${i}]`));
  validateCheck(raw.check, `${where}.check`);
  const hints = list(raw.hints, `${where}.hints`).map((h, i) => parseHint(h, `${where}.hints[${i}]`));
  const solution = list(raw.solution, `${where}.solution`);
  need(solution.length > 0, where, 'needs a "solution": ids of its commands');
  for (const id of solution) need(commands.some((c) => c.id === id), `${where}.solution`, `"${String(id)}" is not a command of this step`);
  return { id: raw.id, commands, check: raw.check, hints, solution: solution as string[] };
}

function parseFault(raw: unknown, where: string): Fault {
  need(isObj(raw) && Object.keys(raw).length === 1, where, 'a fault is one of {stopNode: NAME}, {cordonNode: NAME}, {advance: SECONDS}');
  if (typeof raw.stopNode === 'string') return { stopNode: raw.stopNode };
  if (typeof raw.cordonNode === 'string') return { cordonNode: raw.cordonNode };
  if (typeof raw.advance === 'number') return { advance: raw.advance };
  throw new LessonFormatError(`${where}: unknown fault ${JSON.stringify(raw)}`);
}

function parseSetup(raw: unknown, where: string): LessonSetup {
  if (raw === undefined || raw === null) return { objects: [], files: [], faults: [] };
  need(isObj(raw), where, 'must be a mapping');
  const objects = list(raw.objects, `${where}.objects`).map((o, i) => {
    need(isObj(o) && typeof o.apiVersion === 'string' && typeof o.kind === 'string', `${where}.objects[${i}]`, 'needs apiVersion and kind');
    return o as unknown as KubeObject;
  });
  const files = list(raw.files, `${where}.files`).map((f, i) => {
    need(isObj(f) && typeof f.path === 'string' && typeof f.content === 'string', `${where}.files[${i}]`, 'needs path and content');
    return { path: f.path, content: f.content };
  });
  const faults = list(raw.faults, `${where}.faults`).map((f, i) => parseFault(f, `${where}.faults[${i}]`));
  return { objects, files, faults };
}

/** Parses `lesson.yaml` of the folder `dir` (`05-deployments`). */
export function parseLessonSpec(text: string, dir: string): LessonSpec {
  const where = `${dir}/lesson.yaml`;
  const m = /^(\d+)-([a-z0-9-]+)$/.exec(dir);
  need(m, dir, 'a lesson folder is named NN-slug');
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    throw new LessonFormatError(`${where}: ${(e as Error).message}`);
  }
  need(isObj(raw), where, 'must be a mapping');
  need(raw.id === m[2], where, `id must be "${m[2]}" (the folder name without its number)`);
  need(LEVELS.includes(raw.level as Level), where, `level is one of ${LEVELS.join(', ')}`);
  need(typeof raw.minutes === 'number' && raw.minutes > 0, where, 'minutes is a positive number');
  const profile = raw.profile ?? 'minikube';
  need(typeof profile === 'string' && PROFILES[profile], where, `profile is one of ${Object.keys(PROFILES).join(', ')}`);
  const steps = list(raw.steps, `${where}: steps`).map((s, i) => parseStep(s, `${where}: steps[${i}]`));
  need(steps.length > 0, where, 'needs at least one step');
  const ids = new Set<string>();
  for (const s of steps) {
    for (const c of s.commands) {
      need(!ids.has(c.id), where, `command id "${c.id}" is used twice`);
      ids.add(c.id);
    }
  }
  need(new Set(steps.map((s) => s.id)).size === steps.length, where, 'step ids must be unique');
  return { id: m[2], order: Number(m[1]), level: raw.level as Level, minutes: raw.minutes, profile, setup: parseSetup(raw.setup, `${where}: setup`), steps };
}
