/** The lesson part of SimApi: the page's lesson pane drives the open lesson through these. */
import type { Language, LessonProgress, LessonSummary, LocalizedLesson } from '../../../lessons';
import type { LessonRunner, LessonStatusListener } from './LessonRunner';

export interface LessonApi {
  /** Hands over the lesson sources (`NN-slug/lesson.yaml`, `NN-slug/en.md` …); returns parse errors. */
  loadLessons(files: Record<string, string>): string[];
  lessonCatalogue(language: Language): LessonSummary[];
  /**
   * Resets the cluster to the lesson's profile, applies its setup and starts at the first step
   * (or at `progress`: earlier steps' solutions are replayed). Status follows through `subscribeLesson`.
   */
  openLesson(id: string, language: Language, progress?: LessonProgress): Promise<LocalizedLesson>;
  /** Reopens a lesson at saved `progress` without touching the cluster (a workspace was just imported). */
  resumeLesson(id: string, language: Language, progress: LessonProgress): Promise<LocalizedLesson>;
  /** The open lesson in another language (undefined when none is open). */
  setLessonLanguage(language: Language): LocalizedLesson | undefined;
  /** Moves to the next or previous step; false at either end. */
  moveLessonStep(direction: 'next' | 'previous'): boolean;
  /** Restores the current step's starting state: fresh cluster, setup, earlier solutions, settled. */
  resetLessonStep(): Promise<void>;
  resetLesson(): Promise<void>;
  closeLesson(): void;
  /** The open lesson's status now, then on every change (ticks, hints, step, completion). */
  subscribeLesson(listener: LessonStatusListener): number;
  unsubscribeLesson(id: number): void;
}

export function lessonApi(runner: LessonRunner): LessonApi {
  return {
    loadLessons: (files) => runner.load(files),
    lessonCatalogue: (language) => runner.catalogue(language),
    openLesson: (id, language, progress) => runner.open(id, language, progress),
    resumeLesson: (id, language, progress) => runner.resume(id, language, progress),
    setLessonLanguage: (language) => runner.setLanguage(language),
    moveLessonStep: (direction) => runner.move(direction),
    resetLessonStep: () => runner.resetStep(),
    resetLesson: () => runner.resetLesson(),
    closeLesson: () => runner.close(),
    subscribeLesson: (listener) => runner.subscribe(listener),
    unsubscribeLesson: (id) => runner.unsubscribe(id),
  };
}
