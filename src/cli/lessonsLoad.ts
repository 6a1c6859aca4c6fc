/** Reads `lessons/*\/{lesson.yaml,*.md}` from disk into a LessonCatalog. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LessonCatalog, type Lesson } from '../lessons';

export const LESSONS_DIR = resolve(import.meta.dirname, '../../lessons');

export function readLessonFiles(dir = LESSONS_DIR): Record<string, string> {
  const files: Record<string, string> = {};
  for (const lesson of readdirSync(dir)) {
    const path = join(dir, lesson);
    if (!statSync(path).isDirectory()) continue;
    for (const f of readdirSync(path)) {
      if (f === 'lesson.yaml' || f.endsWith('.md')) files[`${lesson}/${f}`] = readFileSync(join(path, f), 'utf8');
    }
  }
  return files;
}

export function loadCatalog(dir = LESSONS_DIR): LessonCatalog {
  return LessonCatalog.fromFiles(readLessonFiles(dir));
}

/** The lesson `id` (`deployments` or `05-deployments`), or exit 2 listing the ones there are. */
export function findLesson(id: string): Lesson {
  const catalog = loadCatalog();
  const lesson = catalog.lessons.find((l) => l.spec.id === id || `${String(l.spec.order).padStart(2, '0')}-${l.spec.id}` === id);
  if (lesson) return lesson;
  process.stderr.write(`unknown lesson "${id}" (known: ${catalog.lessons.map((l) => l.spec.id).join(', ')})\n`);
  process.exit(2);
}
