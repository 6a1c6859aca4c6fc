/** The step's hints that are offered now (after a delay, or because of the cluster's state), folded. */
import type { OfferedHint } from '../../../bridge/main/types';
import { useT } from '../../i18n/messages';
import { Markdown } from './Markdown';

export function HintList({ hints }: { hints: OfferedHint[] }) {
  const t = useT();
  return (
    <div className="hint-list" aria-live="polite" data-testid="lesson-hints">
      {hints.map((h, i) => (
        <details key={h.id} className="hint" data-hint={h.id}>
          <summary>{t.hint(i + 1)}</summary>
          <Markdown text={h.text} />
        </details>
      ))}
    </div>
  );
}
