/** The current step: its title, where it sits in the lesson, and its prose with commands. */
import { useEffect, useRef } from 'react';
import type { LocalizedStep } from '../../../bridge/main/types';
import { useT } from '../../i18n/messages';
import { ProseBlocks } from './ProseBlocks';

export function StepBody({ step, total }: { step: LocalizedStep; total: number }) {
  const t = useT();
  const section = useRef<HTMLElement>(null);
  const shown = useRef(step.id);
  useEffect(() => {
    // A new step starts at its heading, wherever the learner had scrolled the previous one to.
    if (shown.current !== step.id) section.current?.scrollIntoView({ block: 'start' });
    shown.current = step.id;
  }, [step.id]);
  return (
    <section ref={section} className="step-body" aria-labelledby={`step-title-${step.id}`} data-testid="lesson-step-body" data-step={step.id}>
      <p className="step-of">{t.stepOf(step.index + 1, total)}</p>
      <h3 id={`step-title-${step.id}`}>{step.title}</h3>
      <ProseBlocks blocks={step.body} />
    </section>
  );
}
