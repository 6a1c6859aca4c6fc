/** Where the step stands (done, or waiting for its check) and the way to the next one. */
import { useT } from '../../i18n/messages';
import { useLessons } from '../../state/lessonStore';

export function StepNav({ index, total, passed }: { index: number; total: number; passed: boolean }) {
  const t = useT();
  const move = useLessons((s) => s.move);
  const last = index === total - 1;
  return (
    <div className="step-nav">
      <p className={passed ? 'check-state passed' : 'check-state'} data-testid="lesson-check" data-passed={passed}>
        {passed ? `✓ ${t.checkPassed}` : t.checkWaiting}
      </p>
      <div className="step-nav-buttons">
        <button type="button" onClick={() => void move('previous')} disabled={index === 0}>
          {t.previous}
        </button>
        {!last && (
          <button type="button" className={passed ? 'primary' : undefined} onClick={() => void move('next')}>
            {t.next}
          </button>
        )}
      </div>
    </div>
  );
}
