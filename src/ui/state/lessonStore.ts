/**
 * The lesson pane's state: the learner's language (which the whole page's words follow), the
 * catalogue, the open lesson and its live status from the Worker, and the saved progress. The
 * Worker owns the running lesson; this store asks it to act and mirrors what it reports.
 */
import { proxy } from 'comlink';
import { create } from 'zustand';
import type { SimConnection } from '../../bridge/main/connectSim';
import { loadLessonFiles } from '../../bridge/main/lessonFiles';
import type { Language, LessonProgress, LessonStatus, LessonSummary, LocalizedLesson } from '../../bridge/main/types';
import { useView } from '../embed/viewStore';
import { useCommands } from './commandStore';
import { useEditor } from './editorStore';
import { browserLanguage, recordProgress, resumeFrom, workspaceProgress, type LessonProgressStore, type SavedLessons } from './lessonProgress';
import { useSim } from './simStore';

interface LessonStore {
  language: Language;
  saved: SavedLessons;
  catalogue?: LessonSummary[];
  /** Why the catalogue or a lesson could not be loaded. */
  error?: string;
  view: 'catalogue' | 'lesson';
  /** The open lesson in `language`; undefined while it is being prepared. */
  lesson?: LocalizedLesson;
  status?: LessonStatus;
  init(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  open(id: string): Promise<void>;
  /** Opens a lesson at a step (1-based, as in `?step=`): the earlier steps' solutions are replayed. */
  openAt(id: string, step: number): Promise<void>;
  showCatalogue(): void;
  move(direction: 'next' | 'previous'): Promise<void>;
  resetStep(): Promise<void>;
  resetLesson(): Promise<void>;
  /** "Solve for me": the terminal types the step's solution, as if Run were pressed on each command. */
  solve(): void;
  /**
   * A restored or imported workspace brought its progress, and its cluster already holds the
   * lesson it was in: that lesson reopens at its step without a reset (or the pane closes it).
   */
  adopt(saved: SavedLessons): Promise<void>;
}

/** Saved with the workspace; an earlier page's localStorage copy is read if there is one. */
function progressStore(): LessonProgressStore {
  const language = browserLanguage(navigator.languages ?? [navigator.language]);
  let legacy: Storage | undefined;
  try {
    legacy = window.localStorage;
  } catch {
    // Sandboxed embeds: no earlier copy to read.
  }
  return workspaceProgress(legacy, language);
}

const storage = progressStore();
const initial = storage.load();

/** The Worker replaced the cluster (a lesson opened or reset): the page follows, like after Reset. */
async function afterWorkerReset(api: SimConnection): Promise<void> {
  const [info, profiles] = await Promise.all([api.info(), api.profiles()]);
  useEditor.getState().close();
  useSim.setState((s) => ({ info, profile: profiles.current, stoppedNodes: [], generation: s.generation + 1 }));
}

function connection(): SimConnection {
  const { api } = useSim.getState();
  if (!api) throw new Error('the simulation is not connected');
  return api;
}

let initializing: Promise<void> | undefined;
/** The session came from a workspace: opening its saved lesson must not reset the cluster. */
let clusterHoldsLesson = false;

export const useLessons = create<LessonStore>()((set, get) => {
  const persist = (change: Partial<SavedLessons>) => {
    const saved = { ...get().saved, ...change };
    storage.save(saved);
    set({ saved });
  };
  const onStatus = (status: LessonStatus) => {
    set({ status });
    // While the Worker rebuilds the cluster its progress is transient: never save that.
    if (!status.busy && status.progress) persist(recordProgress(get().saved, status.progress));
  };
  const reset = async (action: (api: SimConnection) => Promise<void>) => {
    const api = connection();
    await action(api);
    await afterWorkerReset(api);
  };
  const start = async () => {
    const api = connection();
    document.documentElement.lang = get().language;
    const errors = await api.loadLessons(await loadLessonFiles(Infinity));
    for (const e of errors) console.warn(`lesson not loaded: ${e}`);
    await api.subscribeLesson(proxy(onStatus));
    set({ catalogue: await api.lessonCatalogue(get().language) });
    const { current, view } = get().saved;
    // A lesson the URL or a host page asks for (embed/lessonLink) comes instead of the saved one.
    if (useView.getState().lessonTarget) return;
    if (clusterHoldsLesson) await resumeSaved();
    else if (view === 'lesson' && current && get().catalogue?.some((l) => l.id === current)) await get().open(current);
  };
  const resumeSaved = async () => {
    if (!clusterHoldsLesson) return;
    clusterHoldsLesson = false;
    const api = connection();
    const { saved, catalogue } = get();
    const progress = saved.current ? resumeFrom(saved, saved.current) : undefined;
    if (saved.view !== 'lesson' || !progress || !catalogue?.some((l) => l.id === progress.lessonId)) {
      await api.closeLesson();
      return set({ view: 'catalogue', lesson: undefined });
    }
    set({ view: 'lesson', lesson: undefined, error: undefined });
    try {
      await api.resumeLesson(progress.lessonId, get().language, progress);
      set({ lesson: await api.setLessonLanguage(get().language) });
    } catch (e) {
      set({ error: e instanceof Error ? e.message : String(e) });
    }
  };
  const prepare = async (id: string, progress?: LessonProgress) => {
    persist({ current: id, view: 'lesson' });
    set({ view: 'lesson', lesson: undefined, error: undefined });
    const api = connection();
    try {
      await api.openLesson(id, get().language, progress);
      await afterWorkerReset(api);
      // The language may have changed while the cluster was being prepared.
      set({ lesson: await api.setLessonLanguage(get().language) });
    } catch (e) {
      set({ error: e instanceof Error ? e.message : String(e) });
    }
  };
  return {
    // `?lang=` shows the page in that language without replacing the learner's saved choice.
    language: useView.getState().options.lang ?? initial.language,
    saved: initial,
    view: 'catalogue',
    init() {
      initializing ??= start().catch((e: unknown) => set({ error: e instanceof Error ? e.message : String(e) }));
      return initializing;
    },
    async setLanguage(language) {
      set({ language });
      persist({ language });
      document.documentElement.lang = language;
      const api = useSim.getState().api;
      if (!api) return;
      const [lesson, catalogue] = await Promise.all([api.setLessonLanguage(language), api.lessonCatalogue(language)]);
      set((s) => ({ catalogue, lesson: lesson ?? s.lesson }));
    },
    async open(id) {
      const { lesson, status } = get();
      if (lesson?.id !== id || status?.lessonId !== id) return prepare(id, resumeFrom(get().saved, id));
      persist({ current: id, view: 'lesson' });
      set({ view: 'lesson' });
    },
    openAt(id, step) {
      const steps = get().catalogue?.find((l) => l.id === id)?.steps;
      if (steps !== undefined && step > steps) console.warn(`[kube-playground] lesson ${id} has ${steps} steps: showing the last one instead of step ${step}`);
      const stepIndex = Math.max(0, Math.min(step, steps ?? step) - 1);
      return prepare(id, { lessonId: id, stepIndex, passed: resumeFrom(get().saved, id)?.passed ?? [] });
    },
    showCatalogue() {
      set({ view: 'catalogue' });
      persist({ view: 'catalogue' });
    },
    async move(direction) {
      await connection().moveLessonStep(direction);
    },
    resetStep: () => reset((api) => api.resetLessonStep()),
    resetLesson: () => reset((api) => api.resetLesson()),
    async adopt(saved) {
      set({ saved, language: saved.language });
      document.documentElement.lang = saved.language;
      clusterHoldsLesson = true;
      // Before the pane started, its start resumes the lesson; afterwards, resume it now.
      if (initializing) await initializing.then(resumeSaved);
    },
    solve() {
      const { lesson, status } = get();
      const step = lesson && status && lesson.steps[status.stepIndex];
      for (const command of step?.solution ?? []) useCommands.getState().requestCommand(command.run);
    },
  };
});
