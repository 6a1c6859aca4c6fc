/**
 * The lesson pane's side of embedding: opens the lesson the URL names (`?lesson=&step=`) instead
 * of the saved one, then every step a host page asks for (`goto-step`), and tells the host when a
 * step's check passes and when the lesson is done. Independent of the pane being shown: a
 * `layout=terminal` or a presenter's screen still gets the lesson's cluster.
 */
import { useLessons } from '../state/lessonStore';
import { useSim } from '../state/simStore';
import { lessonEvents } from './lessonEvents';
import { useView } from './viewStore';

/** Resolves once the simulation is connected. */
export function connected(): Promise<void> {
  return new Promise((resolve) => {
    if (useSim.getState().api) return resolve();
    const stop = useSim.subscribe((s) => {
      if (!s.api) return;
      stop();
      resolve();
    });
  });
}

/** The `seq` of the target last opened. */
let opened: number | undefined;
let queue: Promise<void> = Promise.resolve();
let firstOpen: Promise<void> = Promise.resolve();

/** Opens the current target unless it is open already; queued, so two requests never interleave. */
function follow(): Promise<void> {
  queue = queue.then(async () => {
    await connected();
    await useLessons.getState().init();
    const target = useView.getState().lessonTarget;
    if (!target || target.seq === opened) return;
    opened = target.seq;
    await useLessons.getState().openAt(target.id, target.step);
  });
  return queue;
}

function reportProgress(): void {
  useLessons.subscribe((s, prev) => {
    if (!s.status || s.status === prev.status) return;
    const stepIds = s.lesson?.id === s.status.lessonId ? (s.lesson?.steps.map((step) => step.id) ?? []) : [];
    for (const e of lessonEvents(prev.status, s.status, stepIds)) useView.getState().reportLesson(e);
  });
}

let linked = false;

export function linkLessons(): void {
  if (linked) return;
  linked = true;
  if (useView.getState().lessonTarget) firstOpen = follow();
  useView.subscribe((s, prev) => s.lessonTarget !== prev.lessonTarget && void follow());
  reportProgress();
}

/**
 * Resolves once the lesson the page was asked to start with (if any) is open. Opening a lesson
 * replaces the cluster, so commands meant for the lesson's cluster wait for this.
 */
export function lessonTargetOpened(): Promise<void> {
  return firstOpen;
}
