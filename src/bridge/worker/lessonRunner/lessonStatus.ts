/** What the page needs to draw the open lesson's progress: pushed whenever it changes. */
import type { Language, LessonProgress, LessonSession, StepStatus } from '../../../lessons';

export interface OfferedHint {
  id: string;
  /** Markdown with the cluster's values filled in. */
  text: string;
}

export interface LessonStatus {
  /** Undefined while no lesson is open. */
  lessonId?: string;
  language: Language;
  stepIndex: number;
  steps: StepStatus[];
  /** The current step's hints that are offered now (their delay passed, their state holds). */
  hints: OfferedHint[];
  completed: boolean;
  /** What to persist to resume after a reload. */
  progress?: LessonProgress;
  /** True while the cluster is being put back (open, reset): checks are not evaluated. */
  busy: boolean;
}

export function closedStatus(language: Language, busy = false): LessonStatus {
  return { language, stepIndex: 0, steps: [], hints: [], completed: false, busy };
}

export function lessonStatus(session: LessonSession, busy: boolean): LessonStatus {
  const hints = busy ? [] : session.hints().filter((h) => h.available).map(({ id, text }) => ({ id, text }));
  return {
    lessonId: session.lesson.spec.id,
    language: session.language,
    stepIndex: session.stepIndex,
    steps: session.statuses(),
    hints,
    completed: session.isComplete(),
    progress: session.progress(),
    busy,
  };
}
