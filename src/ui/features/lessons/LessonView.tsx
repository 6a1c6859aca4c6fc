/** The open lesson: its steps and progress, the current step with hints and solution, resets. */
import { useT } from '../../i18n/messages';
import { useLessons } from '../../state/lessonStore';
import { CompletionMessage } from './CompletionMessage';
import { HintList } from './HintList';
import { ProgressBar } from './ProgressBar';
import { ProseBlocks } from './ProseBlocks';
import { ResetControls } from './ResetControls';
import { SolutionPanel } from './SolutionPanel';
import { StepBody } from './StepBody';
import { StepList } from './StepList';
import { StepNav } from './StepNav';

export function LessonView() {
  const t = useT();
  const lesson = useLessons((s) => s.lesson);
  const status = useLessons((s) => s.status);
  const error = useLessons((s) => s.error);
  const showCatalogue = useLessons((s) => s.showCatalogue);
  const ready = lesson && status && status.lessonId === lesson.id;
  const back = (
    <button type="button" className="link-button" onClick={showCatalogue}>
      {t.allLessons}
    </button>
  );
  if (!ready) {
    return (
      <div className="lesson-view" aria-busy={!error}>
        {back}
        {error ? (
          <p className="lesson-error" role="alert">
            {error}
          </p>
        ) : (
          <p className="lesson-loading">{t.preparing}</p>
        )}
      </div>
    );
  }
  const step = lesson.steps[status.stepIndex];
  const done = status.steps.filter((s) => s === 'passed').length;
  return (
    <div className="lesson-view" data-testid="lesson-view" data-lesson={lesson.id} data-step={step.id} aria-busy={status.busy}>
      {back}
      <h2>{lesson.title}</h2>
      <ProgressBar done={done} total={lesson.steps.length} label={t.stepsDone(done, lesson.steps.length)} />
      <StepList steps={lesson.steps} statuses={status.steps} />
      {status.busy && <p className="lesson-loading">{t.preparing}</p>}
      {status.stepIndex === 0 && <ProseBlocks blocks={lesson.intro} />}
      <StepBody step={step} total={lesson.steps.length} />
      <HintList hints={status.hints} />
      <SolutionPanel key={step.id} step={step} />
      <StepNav index={status.stepIndex} total={lesson.steps.length} passed={status.steps[status.stepIndex] === 'passed'} />
      {status.completed && <CompletionMessage lesson={lesson} />}
      <ResetControls disabled={status.busy} />
    </div>
  );
}
