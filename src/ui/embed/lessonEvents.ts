/**
 * What a host page hears about the learner's lesson: a step's check passed, the lesson is done.
 * Derived from two consecutive statuses of the Worker's lesson, so a status that only restores
 * earlier ticks (opening, resetting: `busy` on either side) reports nothing.
 */
import type { LessonStatus } from '../../bridge/main/types';
import type { LessonEvent } from './viewStore';

/** `stepIds`: the open lesson's step ids in order, to number a step that passed. */
export function lessonEvents(prev: LessonStatus | undefined, next: LessonStatus, stepIds: readonly string[]): LessonEvent[] {
  const lesson = next.lessonId;
  if (!prev || !lesson || prev.lessonId !== lesson || prev.busy || next.busy) return [];
  const before = new Set(prev.progress?.passed ?? []);
  const events: LessonEvent[] = [];
  for (const stepId of next.progress?.passed ?? []) {
    if (before.has(stepId)) continue;
    const index = stepIds.indexOf(stepId);
    // Only the current step's check runs, so a step unknown to the page is the current one.
    events.push({ type: 'step-completed', lesson, step: (index >= 0 ? index : next.stepIndex) + 1, stepId });
  }
  if (next.completed && !prev.completed) events.push({ type: 'lesson-completed', lesson });
  return events;
}
