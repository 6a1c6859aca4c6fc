import { describe, expect, it } from 'vitest';
import { LANGUAGES, parseLessons } from '../lessons';
import { loadCatalog } from './lessonsLoad';
import { replayLesson } from './lessonsReplay';

const catalog = loadCatalog();

// Lessons with node failures run many virtual minutes; on a busy machine that takes a while.
describe('lesson replay (every lesson, every language)', () => {
  it('finds lessons to replay', () => {
    expect(catalog.lessons.length).toBeGreaterThan(0);
  });
  for (const lesson of catalog.lessons) {
    for (const language of LANGUAGES) {
      it(`${lesson.spec.order}-${lesson.spec.id} [${language}]: checks fail before and pass after each solution`, async () => {
        const r = await replayLesson(lesson, language);
        expect(r.failures).toEqual([]);
        expect(r.steps).toBe(lesson.spec.steps.length);
      }, 60_000);
    }
  }
});

describe('replay catches broken lessons', () => {
  const yaml = (check: string, run = 'kubectl get pods') => `id: broken\nlevel: beginner\nminutes: 1\nsteps:\n  - id: s\n    commands:\n      - id: c\n        run: ${run}\n    check:\n      ${check}\n    solution: [c]\n`;
  const md = '---\ntitle: t\nsummary: s\n---\n## S {#s}\n{{command c}}\n';
  const lesson = (check: string, run?: string) => parseLessons({ '99-broken/lesson.yaml': yaml(check, run), '99-broken/en.md': md, '99-broken/ja.md': md })[0];

  it.each([
    { name: 'check already true at the start', check: "exists: { resource: nodes, name: minikube }", run: undefined, want: /passes before the solution/ },
    { name: 'solution does not satisfy the check', check: "exists: { resource: pods, name: web }", run: undefined, want: /fails after the solution/ },
    { name: 'unsupported command', check: "command: { matches: 'frobnicate' }", run: 'frobnicate', want: /not supported: .*command not found/ },
  ])('$name', async ({ check, run, want }) => {
    const r = await replayLesson(lesson(check, run), 'en');
    expect(r.failures.join('\n')).toMatch(want);
  });
});
