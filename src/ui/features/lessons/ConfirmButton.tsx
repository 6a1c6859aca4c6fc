/** A button whose action needs a second, explicit yes: the question appears in place, focused. */
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/messages';

export function ConfirmButton({ label, question, onConfirm }: { label: string; question: string; onConfirm(): void }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="alertdialog" aria-labelledby={questionId}>
      <p id={questionId}>{question}</p>
      <button
        type="button"
        className="danger"
        ref={yes}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t.confirm}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t.cancel}
      </button>
    </div>
  );
}
