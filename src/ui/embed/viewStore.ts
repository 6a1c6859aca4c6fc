/**
 * The view the URL asked for, parsed once, and the meeting point between the embedding bridge
 * and the features it steers: the lesson pane reads `lessonTarget` and reports progress with
 * `reportLesson`; the workspace code registers a `stateLoader` for `#state=` and `load-state`.
 */
import { create } from 'zustand';
import { DEFAULT_VIEW, parseViewOptions, type LessonTarget, type ViewOptions } from './viewOptions';

export type LessonEvent = { type: 'step-completed'; lesson: string; step: number; stepId: string } | { type: 'lesson-completed'; lesson: string };

/** Decodes a `#state=` value (or a host's `load-state`) and loads it into the session. */
export type StateLoader = (state: string) => Promise<void>;

interface ViewStore {
  options: ViewOptions;
  /**
   * The lesson and step to show. Starts as `?lesson=&step=`; a host's `goto-step` replaces it.
   * `seq` bumps on every request, so asking for the same step again is still a change.
   */
  lessonTarget?: LessonTarget & { seq: number };
  goToLessonStep(lesson: string, step: number): void;
  stateLoader?: StateLoader;
  setStateLoader(loader: StateLoader | undefined): void;
  /** The lesson pane calls this when a step's check passes and when the last one does. */
  reportLesson(event: LessonEvent): void;
  onLesson(listener: (event: LessonEvent) => void): () => void;
  /** Bumps when the learner hands the keyboard back to the host page (Escape in an embed). */
  focusReleases: number;
  releaseFocus(): void;
  /** A presenter's demo bar listens for → and Space: panes do not take the keyboard unasked. */
  demoHoldsKeys: boolean;
}

const lessonListeners = new Set<(event: LessonEvent) => void>();

const warn = (message: string) => console.warn(`[kube-playground] ${message}`);

// Unit tests run without a page: they get the defaults.
const initial: ViewOptions = typeof location === 'undefined' ? DEFAULT_VIEW : parseViewOptions(location.search, location.hash, warn);

export const useView = create<ViewStore>()((set) => ({
  options: initial,
  lessonTarget: initial.lesson && { ...initial.lesson, seq: 0 },
  goToLessonStep: (lesson, step) => set((s) => ({ lessonTarget: { id: lesson, step, seq: (s.lessonTarget?.seq ?? 0) + 1 } })),
  setStateLoader: (stateLoader) => set({ stateLoader }),
  reportLesson: (event) => {
    for (const listener of lessonListeners) listener(event);
  },
  onLesson: (listener) => {
    lessonListeners.add(listener);
    return () => lessonListeners.delete(listener);
  },
  focusReleases: 0,
  releaseFocus: () => set((s) => ({ focusReleases: s.focusReleases + 1 })),
  demoHoldsKeys: false,
}));

/** Whether the page is its own window (not inside an iframe). */
export function isTopLevel(): boolean {
  return window.self === window.top;
}

/**
 * Whether a pane may move the keyboard focus to itself unasked: always at top level, but inside
 * an iframe only once the learner is already working in it (never on load, which would take
 * the keyboard from the host page), and never while a demo waits for the presenter's keys.
 */
export function mayTakeFocus(): boolean {
  return !useView.getState().demoHoldsKeys && (isTopLevel() || document.hasFocus());
}
