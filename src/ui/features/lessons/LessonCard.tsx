/** One lesson in the catalogue: what it is about, how long it takes, how far the learner got. */
import type { LessonSummary } from '../../../bridge/main/types';
import { useT } from '../../i18n/messages';
import type { LessonRecord } from '../../state/lessonProgress';
import { ProgressBar } from './ProgressBar';

export function LessonCard({ summary, record, onOpen }: { summary: LessonSummary; record?: LessonRecord; onOpen(): void }) {
  const t = useT();
  const done = record?.passed.length ?? 0;
  const complete = done >= summary.steps;
  const [action, actionLabel] = complete ? [t.review, t.reviewLesson] : record ? [t.continue, t.continueLesson] : [t.start, t.startLesson];
  return (
    <li className="lesson-card" data-testid="lesson-card" data-lesson={summary.id} data-done={done}>
      <h3>{summary.title}</h3>
      <p className="lesson-meta">
        <span className={`level level-${summary.level}`}>{t.level[summary.level]}</span>
        <span>{t.minutes(summary.minutes)}</span>
        {complete && <span className="lesson-complete-badge">✓ {t.completedBadge}</span>}
      </p>
      <p className="lesson-summary">{summary.summary}</p>
      <div className="lesson-card-footer">
        <ProgressBar done={done} total={summary.steps} label={t.stepsDone(done, summary.steps)} />
        <span className="lesson-card-count">{t.stepsDone(done, summary.steps)}</span>
        <button type="button" className={record ? 'primary' : undefined} onClick={onOpen} aria-label={actionLabel(summary.title)}>
          {action}
        </button>
      </div>
    </li>
  );
}
