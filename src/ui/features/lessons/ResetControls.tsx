/** Start the step or the whole lesson over, each after a confirmation. */
import { useT } from '../../i18n/messages';
import { useLessons } from '../../state/lessonStore';
import { ConfirmButton } from './ConfirmButton';

export function ResetControls({ disabled }: { disabled: boolean }) {
  const t = useT();
  const resetStep = useLessons((s) => s.resetStep);
  const resetLesson = useLessons((s) => s.resetLesson);
  return (
    <fieldset className="reset-controls" disabled={disabled}>
      <ConfirmButton label={`↺ ${t.resetStep}`} question={t.resetStepQuestion} onConfirm={() => void resetStep()} />
      <ConfirmButton label={`⟲ ${t.resetLesson}`} question={t.resetLessonQuestion} onConfirm={() => void resetLesson()} />
    </fieldset>
  );
}
