/**
 * Two panes and a divider that can be dragged or moved with the arrow keys; the size is
 * remembered per `storageKey`.
 */
import { useCallback, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import './splitPane.css';

interface Props {
  direction: 'row' | 'column';
  /** Share of the first pane, in percent, before the learner moves the divider. */
  initial: number;
  storageKey: string;
  label: string;
  children: [ReactNode, ReactNode];
}

const MIN = 15;
const MAX = 85;
const clamp = (n: number) => Math.min(MAX, Math.max(MIN, n));

function load(key: string, fallback: number): number {
  try {
    const n = Number(localStorage.getItem(key));
    return n ? clamp(n) : fallback;
  } catch {
    return fallback;
  }
}

export function SplitPane({ direction, initial, storageKey, label, children }: Props) {
  const [size, setSize] = useState(() => load(`kube-playground.pane.${storageKey}`, initial));
  const box = useRef<HTMLDivElement>(null);
  const save = useCallback(
    (n: number) => {
      const v = clamp(n);
      setSize(v);
      try {
        localStorage.setItem(`kube-playground.pane.${storageKey}`, String(v));
      } catch {
        // Sizes are a convenience; without storage they reset on reload.
      }
    },
    [storageKey],
  );
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!e.currentTarget.hasPointerCapture(e.pointerId) || !box.current) return;
    const r = box.current.getBoundingClientRect();
    save(direction === 'row' ? ((e.clientX - r.left) / r.width) * 100 : ((e.clientY - r.top) / r.height) * 100);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const back = direction === 'row' ? 'ArrowLeft' : 'ArrowUp';
    const forward = direction === 'row' ? 'ArrowRight' : 'ArrowDown';
    if (e.key === back) save(size - 2);
    else if (e.key === forward) save(size + 2);
    else return;
    e.preventDefault();
  };
  return (
    <div className={`split split-${direction}`} ref={box}>
      <div className="split-pane" style={{ flexBasis: `${size}%` }}>
        {children[0]}
      </div>
      <div
        className="split-divider"
        role="separator"
        tabIndex={0}
        aria-label={label}
        aria-orientation={direction === 'row' ? 'vertical' : 'horizontal'}
        aria-valuenow={Math.round(size)}
        aria-valuemin={MIN}
        aria-valuemax={MAX}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
      />
      <div className="split-pane split-rest">{children[1]}</div>
    </div>
  );
}
