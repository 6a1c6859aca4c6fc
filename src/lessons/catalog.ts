import { LessonFormatError } from './LessonFormatError';
import { parseLessonSpec } from './parseLessonSpec';
import { parseLessonText } from './parseLessonText';
import { LANGUAGES, type Language, type Lesson, type LessonSummary, type LocalizedLesson, type LocalizedStep } from './types';

/**
 * Parses every lesson from its files, keyed by path relative to `lessons/` (`01-cluster/lesson.yaml`,
 * `01-cluster/en.md` …). Node reads them from disk; the browser gets them from Vite's
 * `import.meta.glob('/lessons/*\/*.{yaml,md}', { query: '?raw', eager: true })`.
 * Throws LessonFormatError for the first lesson that is malformed.
 */
export function parseLessons(files: Record<string, string>): Lesson[] {
  const dirs = new Map<string, Record<string, string>>();
  for (const [path, text] of Object.entries(files)) {
    const m = /(?:^|\/)(\d+-[a-z0-9-]+)\/([^/]+)$/.exec(path);
    if (!m) continue;
    const entry = dirs.get(m[1]) ?? {};
    entry[m[2]] = text;
    dirs.set(m[1], entry);
  }
  const lessons = [...dirs].map(([dir, entry]) => {
    if (entry['lesson.yaml'] === undefined) throw new LessonFormatError(`${dir}: no lesson.yaml`);
    const spec = parseLessonSpec(entry['lesson.yaml'], dir);
    const text = {} as Lesson['text'];
    for (const lang of LANGUAGES) {
      if (entry[`${lang}.md`] === undefined) throw new LessonFormatError(`${dir}: no ${lang}.md`);
      text[lang] = parseLessonText(entry[`${lang}.md`], spec, `${dir}/${lang}.md`);
    }
    return { spec, text };
  });
  const ids = new Set<string>();
  for (const l of lessons) {
    if (ids.has(l.spec.id)) throw new LessonFormatError(`lesson id "${l.spec.id}" is used by two folders`);
    ids.add(l.spec.id);
  }
  return lessons.sort((a, b) => a.spec.order - b.spec.order);
}

/** One lesson in one language: what the lesson pane renders and a LessonSession runs. */
export function localize(lesson: Lesson, language: Language): LocalizedLesson {
  const { spec } = lesson;
  const text = lesson.text[language];
  const steps = spec.steps.map<LocalizedStep>((s, index) => ({
    id: s.id,
    index,
    title: text.steps[s.id].title,
    body: text.steps[s.id].body,
    commands: s.commands,
    check: s.check,
    hints: s.hints.map((h) => ({ ...h, text: text.steps[s.id].hints[h.id] })),
    solution: s.solution.map((id) => s.commands.find((c) => c.id === id)!),
  }));
  return { id: spec.id, language, title: text.title, summary: text.summary, level: spec.level, minutes: spec.minutes, profile: spec.profile, intro: text.intro, steps, finish: text.finish };
}

/** The lessons, in order, by id. */
export class LessonCatalog {
  readonly lessons: readonly Lesson[];

  constructor(lessons: Lesson[]) {
    this.lessons = lessons;
  }

  static fromFiles(files: Record<string, string>): LessonCatalog {
    return new LessonCatalog(parseLessons(files));
  }

  list(language: Language): LessonSummary[] {
    return this.lessons.map(({ spec, text }) => ({ id: spec.id, order: spec.order, title: text[language].title, summary: text[language].summary, level: spec.level, minutes: spec.minutes, steps: spec.steps.length }));
  }

  get(id: string): Lesson | undefined {
    return this.lessons.find((l) => l.spec.id === id);
  }

  load(id: string, language: Language): LocalizedLesson | undefined {
    const lesson = this.get(id);
    return lesson && localize(lesson, language);
  }
}
