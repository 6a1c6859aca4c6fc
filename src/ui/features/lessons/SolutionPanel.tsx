/** "Show solution" reveals the step's solution commands; "Solve for me" has the terminal type them. */
import { useState } from 'react';
import type { LocalizedStep } from '../../../bridge/main/types';
import { useT } from '../../i18n/messages';
import { useLessons } from '../../state/lessonStore';
import { CommandBlock } from './CommandBlock';

export function SolutionPanel({ step }: { step: LocalizedStep }) {
  const t = useT();
  const solve = useLessons((s) => s.solve);
  const [shown, setShown] = useState(false);
  if (step.solution.length === 0) return null;
  return (
    <div className="solution">
      <div className="solution-buttons">
        <button type="button" aria-expanded={shown} aria-controls={`solution-${step.id}`} onClick={() => setShown(!shown)}>
          {shown ? t.hideSolution : t.showSolution}
        </button>
        <button type="button" onClick={solve} title={t.solveTitle}>
          {t.solveForMe}
        </button>
      </div>
      {shown && (
        <div id={`solution-${step.id}`} data-testid="lesson-solution">
          {step.solution.map((c) => (
            <CommandBlock key={c.id} text={c.run} runnable={c.kind === 'run'} file={c.file} />
          ))}
        </div>
      )}
    </div>
  );
}
