/**
 * Where the learner is in the lessons, kept across reloads: the language, the lesson they are in,
 * and per lesson the step they were on and the steps they completed. It is saved as part of the
 * workspace (ui/workspace): `save` tells the autosave, and a restored or imported workspace hands
 * its progress back through `useLessons.adopt`. What an earlier page kept in localStorage is read
 * once, the first time, and moves into the workspace with the first save.
 */
import type { Language, LessonProgress } from '../../bridge/main/types';

export interface LessonRecord {
  stepIndex: number;
  passed: string[];
}

export interface SavedLessons {
  language: Language;
  /** The lesson the learner is working in, if any. */
  current?: string;
  /** Whether the pane showed that lesson (rather than the catalogue) when the page closed. */
  view: 'catalogue' | 'lesson';
  lessons: Record<string, LessonRecord>;
}

export interface LessonProgressStore {
  load(): SavedLessons;
  save(saved: SavedLessons): void;
}

export function emptySaved(language: Language): SavedLessons {
  return { language, view: 'catalogue', lessons: {} };
}

/** A record, so adding a language to the lessons model fails to compile until it is listed here. */
const KNOWN_LANGUAGES: Record<Language, true> = { en: true, ja: true };
const isLanguage = (x: unknown): x is Language => typeof x === 'string' && Object.hasOwn(KNOWN_LANGUAGES, x);

function readRecord(x: unknown): LessonRecord | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const { stepIndex, passed } = x as Record<string, unknown>;
  if (typeof stepIndex !== 'number' || !Number.isInteger(stepIndex) || stepIndex < 0) return undefined;
  if (!Array.isArray(passed) || !passed.every((p) => typeof p === 'string')) return undefined;
  return { stepIndex, passed: passed as string[] };
}

/** Reads what was saved; anything unreadable (another version, hand edits) falls back to defaults. */
export function parseSaved(text: string | null, fallbackLanguage: Language): SavedLessons {
  let raw: unknown;
  try {
    raw = text ? JSON.parse(text) : undefined;
  } catch {
    raw = undefined;
  }
  return readSaved(raw, fallbackLanguage);
}

/** `parseSaved` for a value already parsed (a workspace's `lessonProgress`). */
export function readSaved(raw: unknown, fallbackLanguage: Language): SavedLessons {
  if (typeof raw !== 'object' || raw === null) return emptySaved(fallbackLanguage);
  const r = raw as Record<string, unknown>;
  const lessons: Record<string, LessonRecord> = {};
  for (const [id, rec] of Object.entries(typeof r.lessons === 'object' && r.lessons !== null ? r.lessons : {})) {
    const ok = readRecord(rec);
    if (ok) lessons[id] = ok;
  }
  return {
    language: isLanguage(r.language) ? r.language : fallbackLanguage,
    current: typeof r.current === 'string' ? r.current : undefined,
    view: r.view === 'lesson' && typeof r.current === 'string' ? 'lesson' : 'catalogue',
    lessons,
  };
}

/** The saved state with a lesson's progress (from the Worker's status) recorded. */
export function recordProgress(saved: SavedLessons, progress: LessonProgress): SavedLessons {
  const record = { stepIndex: progress.stepIndex, passed: [...progress.passed] };
  return { ...saved, current: progress.lessonId, lessons: { ...saved.lessons, [progress.lessonId]: record } };
}

/** The progress `openLesson` resumes from, if the lesson was started before. */
export function resumeFrom(saved: SavedLessons, lessonId: string): LessonProgress | undefined {
  const record = saved.lessons[lessonId];
  return record && { lessonId, stepIndex: record.stepIndex, passed: record.passed };
}

/** The learner's language on a first visit: the browser's first preference we have, else English. */
export function browserLanguage(languages: readonly string[]): Language {
  const known = languages.map((l) => l.toLowerCase().split('-')[0]).find((l): l is Language => isLanguage(l));
  return known ?? 'en';
}

/** Where progress lived before it moved into the workspace save. */
export const LEGACY_KEY = 'kube-playground.lessons';
/**
 * The language is the learner's preference in this browser, not part of a workspace (a shared
 * link must not switch it): kept in localStorage, written at once.
 */
export const LANGUAGE_KEY = 'kube-playground.language';

const saveListeners = new Set<(saved: SavedLessons) => void>();

/** The workspace's autosave listens here; returns the unsubscribe. */
export function onProgressSaved(listener: (saved: SavedLessons) => void): () => void {
  saveListeners.add(listener);
  return () => saveListeners.delete(listener);
}

/**
 * Progress kept in the workspace: `load` finds the language and what an earlier page left in
 * `local` storage (or nothing), `save` keeps the language there, drops the old progress copy and
 * tells the workspace's autosave.
 */
export function workspaceProgress(local: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined, fallbackLanguage: Language): LessonProgressStore {
  let moved = false;
  return {
    load: () => {
      const saved = parseSaved(local?.getItem(LEGACY_KEY) ?? null, fallbackLanguage);
      const language = local?.getItem(LANGUAGE_KEY);
      return isLanguage(language) ? { ...saved, language } : saved;
    },
    save: (saved) => {
      try {
        local?.setItem(LANGUAGE_KEY, saved.language);
        if (!moved) local?.removeItem(LEGACY_KEY);
      } catch {
        // Storage full or blocked: the language lasts this page.
      }
      moved = true;
      for (const listener of saveListeners) listener(saved);
    },
  };
}
