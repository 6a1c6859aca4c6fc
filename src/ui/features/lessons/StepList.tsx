/**
 * The lesson's steps with a ✓ on each one done. A tick is announced (aria-live) the moment the
 * Worker reports the step's check passed.
 */
import { useEffect, useRef, useState } from 'react';
import type { LocalizedStep, StepStatus } from '../../../bridge/main/types';
import { useT } from '../../i18n/messages';

const MARK: Record<StepStatus, string> = { passed: '✓', current: '▸', pending: '○' };

export function StepList({ steps, statuses }: { steps: LocalizedStep[]; statuses: StepStatus[] }) {
  const t = useT();
  const before = useRef(statuses);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const ticked = steps.filter((s, i) => statuses[i] === 'passed' && before.current[i] !== 'passed');
    before.current = statuses;
    if (ticked.length) setAnnouncement(ticked.map((s) => t.stepTicked(s.title)).join('. '));
  }, [steps, statuses, t]);
  const label: Record<StepStatus, string> = { passed: t.stepPassed, current: t.stepCurrent, pending: t.stepPending };
  return (
    <nav aria-label={t.steps}>
      <ol className="step-list">
        {steps.map((s, i) => {
          const status = statuses[i] ?? 'pending';
          return (
            <li key={s.id} className={`step-${status}`} data-testid="lesson-step" data-step={s.id} data-status={status} aria-current={status === 'current' || undefined}>
              <span className="step-mark" aria-hidden>
                {MARK[status]}
              </span>
              <span className="step-title">{s.title}</span>
              <span className="sr-only"> ({label[status]})</span>
            </li>
          );
        })}
      </ol>
      <p className="sr-only" aria-live="polite" data-testid="lesson-announcement">
        {announcement}
      </p>
    </nav>
  );
}
