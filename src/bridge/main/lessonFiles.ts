/**
 * The lesson sources (`lessons/NN-slug/{lesson.yaml,<language>.md}`) as raw text, loaded on
 * demand. Parsing happens next to the simulation (SimApi.loadLessons), which already carries the
 * lesson model's dependencies; the page only ships the text.
 */
const SOURCES = import.meta.glob<string>('../../../lessons/*/{lesson.yaml,en.md,ja.md}', { query: '?raw', import: 'default' });

/** `../../../lessons/01-x/en.md` → `01-x/en.md`, the keys `parseLessons` expects. */
const keyOf = (path: string) => path.replace(/^.*\/lessons\//, '');

/** The files of the first `count` lessons in catalogue order. */
export async function loadLessonFiles(count = 1): Promise<Record<string, string>> {
  const folders = [...new Set(Object.keys(SOURCES).map((p) => keyOf(p).split('/')[0]))].sort().slice(0, count);
  const wanted = Object.entries(SOURCES).filter(([p]) => folders.includes(keyOf(p).split('/')[0]));
  const texts = await Promise.all(wanted.map(async ([p, load]) => [keyOf(p), await load()] as const));
  return Object.fromEntries(texts);
}
