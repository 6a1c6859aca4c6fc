/**
 * Keeps the terminal's keys to the terminal. Inside an iframe, arrow keys, space and PageUp/
 * PageDown that reach the document would scroll it and, once it cannot scroll, the page around
 * it (a slide deck would change slides). In embed mode Escape hands the keyboard back: the
 * terminal loses focus and the host page is told (`focus-released`).
 */
import { useView } from './viewStore';

const CONTAINED = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', ' ', 'PageUp', 'PageDown', 'Home', 'End']);

/** Installs the listeners on the terminal's host element; returns their removal. */
export function guardTerminalKeys(host: HTMLElement): () => void {
  // Bubble phase: xterm has already turned the key into input by the time it gets here. Space
  // must keep its default (it types the space); the page keys would scroll, so they lose theirs.
  const contain = (e: KeyboardEvent) => {
    if (!CONTAINED.has(e.key)) return;
    e.stopPropagation();
    if (e.key === 'PageUp' || e.key === 'PageDown') e.preventDefault();
  };
  // Capture phase, so xterm never sees this Escape (the shell gets no stray ESC byte).
  const release = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !useView.getState().options.embed) return;
    e.stopPropagation();
    e.preventDefault();
    if (document.activeElement instanceof HTMLElement && host.contains(document.activeElement)) document.activeElement.blur();
    useView.getState().releaseFocus();
  };
  host.addEventListener('keydown', contain);
  host.addEventListener('keydown', release, true);
  return () => {
    host.removeEventListener('keydown', contain);
    host.removeEventListener('keydown', release, true);
  };
}
