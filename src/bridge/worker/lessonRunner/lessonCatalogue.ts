/**
 * The lessons the page ships, parsed next to the simulation. Each lesson folder is parsed on its
 * own: one malformed lesson (an author's work in progress) is reported and left out instead of
 * emptying the whole catalogue.
 */
import { LessonCatalog, parseLessons, type Lesson } from '../../../lessons';

export interface CatalogueRead {
  catalog: LessonCatalog;
  /** One message per lesson folder that could not be parsed. */
  errors: string[];
}

export function readCatalogue(files: Record<string, string>): CatalogueRead {
  const byFolder = new Map<string, Record<string, string>>();
  for (const [path, text] of Object.entries(files)) {
    const folder = path.split('/').slice(-2, -1)[0] ?? '';
    byFolder.set(folder, { ...byFolder.get(folder), [path]: text });
  }
  const lessons: Lesson[] = [];
  const errors: string[] = [];
  for (const [folder, group] of byFolder) {
    try {
      lessons.push(...parseLessons(group));
    } catch (e) {
      errors.push(`${folder}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  lessons.sort((a, b) => a.spec.order - b.spec.order);
  const seen = new Set<string>();
  const unique = lessons.filter((l) => {
    if (seen.has(l.spec.id)) errors.push(`lesson id "${l.spec.id}" is used by two folders`);
    return !seen.has(l.spec.id) && seen.add(l.spec.id);
  });
  return { catalog: new LessonCatalog(unique), errors };
}
