/**
 * Starts the demo the URL asks for: `?demo=a;b;c`, or in presenter mode with `?lesson=` and no
 * `demo`, the lesson's solutions from its step on. The first command waits for the cluster it
 * is meant for (the lesson's, once opened); finished commands move the demo on.
 */
import { connected, lessonTargetOpened } from '../embed/lessonLink';
import { useView } from '../embed/viewStore';
import { useCommands } from '../state/commandStore';
import { useLessons } from '../state/lessonStore';
import { useSim } from '../state/simStore';
import { demoFromCommands, demoFromLesson } from './demoScript';
import { demoPending, useDemo } from './demoStore';

let following = false;

function follow(): void {
  if (following) return;
  following = true;
  useCommands.subscribe((s, prev) => {
    const id = s.finished?.requestId;
    if (s.finished !== prev.finished && id !== undefined) useDemo.getState().onFinished(id);
  });
  useSim.subscribe((s, prev) => s.generation !== prev.generation && useDemo.getState().onTerminalReplaced());
  useDemo.subscribe((s) => {
    const holds = demoPending(s);
    if (holds !== useView.getState().demoHoldsKeys) useView.setState({ demoHoldsKeys: holds });
  });
}

/** Loads the open lesson's solutions, from its current step, as the demo; false when none is open. */
export function loadLessonDemo(auto = false): boolean {
  const { lesson, status } = useLessons.getState();
  if (!lesson || status?.lessonId !== lesson.id) return false;
  follow();
  useDemo.getState().load(demoFromLesson(lesson, status.stepIndex), auto);
  // The lesson is open, so its cluster is up.
  if (!useDemo.getState().ready) useDemo.getState().start();
  return true;
}

let booted = false;

export function bootDemo(): void {
  if (booted) return;
  booted = true;
  const { demo, demoAuto, presenter } = useView.getState().options;
  const fromLesson = demo.length === 0 && presenter && useView.getState().lessonTarget !== undefined;
  if (demo.length === 0 && !fromLesson) return;
  follow();
  // Before the terminal's first prompt, so it leaves the keyboard to the demo bar.
  useView.setState({ demoHoldsKeys: true });
  if (demo.length > 0) useDemo.getState().load(demoFromCommands(demo), demoAuto);
  void Promise.all([connected(), lessonTargetOpened()]).then(() => {
    if (fromLesson && !loadLessonDemo(demoAuto)) useView.setState({ demoHoldsKeys: false });
    if (!useDemo.getState().ready) useDemo.getState().start();
  });
}
