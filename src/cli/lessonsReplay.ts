/**
 * Replays a lesson headlessly (DESIGN.md §6): from its setup, each step's check must fail before
 * its solution and pass after it, and every command the prose shows must run without a support
 * error ("command not found", "not available in this playground", unknown flags).
 */
import { findSupportError, LessonSession, type Language, type Lesson, type LessonCommand } from '../lessons';
import { SimLessonHost } from './lessonsHost';

export interface ReplayResult {
  lesson: string;
  language: Language;
  steps: number;
  failures: string[];
}

async function run(host: SimLessonHost, command: LessonCommand, where: string, failures: string[]): Promise<void> {
  const r = await host.exec(command.run);
  const support = findSupportError(r.stdout + r.stderr, command.run);
  if (support) failures.push(`${where}: command "${command.id}" is not supported: ${support}`);
}

export async function replayLesson(lesson: Lesson, language: Language, seed = 1): Promise<ReplayResult> {
  const host = new SimLessonHost({ seed, profile: lesson.spec.profile, timeMode: 'instant' });
  const session = new LessonSession(lesson, host, language);
  const failures: string[] = [];
  await session.start();
  const steps = session.localized().steps;
  for (const step of steps) {
    const where = `${lesson.spec.id} [${language}] step ${step.index + 1} "${step.id}"`;
    const before = session.evaluate();
    if (before.passed) failures.push(`${where}: check passes before the solution (${before.detail})`);
    for (const c of step.solution) await run(host, c, where, failures);
    const after = session.evaluate();
    if (!after.passed) failures.push(`${where}: check fails after the solution (${after.detail})`);
    const shown = step.body.flatMap((b) => (b.kind === 'command' && b.command.kind === 'run' && !step.solution.includes(b.command) ? [b.command] : []));
    for (const c of shown) await run(host, c, where, failures);
    for (const h of session.hints()) if (h.text.trim() === '') failures.push(`${where}: hint "${h.id}" has no text`);
    session.next();
  }
  return { lesson: lesson.spec.id, language, steps: steps.length, failures };
}
