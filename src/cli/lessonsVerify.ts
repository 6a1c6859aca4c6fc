/** `npm run lessons:verify`: replays every lesson in every language and prints what it verified. */
import { LANGUAGES } from '../lessons';
import { loadCatalog } from './lessonsLoad';
import { replayLesson } from './lessonsReplay';

async function main(): Promise<void> {
  const only = process.argv[2];
  const catalog = loadCatalog();
  const lessons = catalog.lessons.filter((l) => !only || l.spec.id === only);
  let steps = 0;
  let failed = 0;
  for (const lesson of lessons) {
    for (const language of LANGUAGES) {
      const r = await replayLesson(lesson, language);
      steps += r.steps;
      failed += r.failures.length;
      process.stdout.write(`${r.failures.length ? 'FAIL' : 'ok  '} ${String(lesson.spec.order).padStart(2, '0')}-${r.lesson} [${language}] ${r.steps} steps\n`);
      for (const f of r.failures) process.stdout.write(`     ${f}\n`);
    }
  }
  const perLanguage = steps / LANGUAGES.length;
  process.stdout.write(`${failed ? 'FAILED' : 'verified'}: ${lessons.length} lessons, ${perLanguage} steps, each in ${LANGUAGES.length} languages (${steps} step replays)${failed ? `, ${failed} failures` : ''}\n`);
  process.exit(failed || lessons.length === 0 ? 1 : 0);
}

void main();
