/** → or Space anywhere but where they type (the terminal, a field, the editor) advance the demo. */
import { useEffect } from 'react';
import { useDemo } from './demoStore';

const TYPING_PLACES = '[data-testid="terminal"], input, textarea, select, [contenteditable="true"], .monaco-editor';

type Key = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/** `target`: the focused element the key went to (null for the page itself). */
export function isDemoKey(e: Key, target: Pick<Element, 'closest'> | null): boolean {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return false;
  if (e.key !== 'ArrowRight' && e.key !== ' ') return false;
  if (target?.closest(TYPING_PLACES)) return false;
  // Space on a focused button presses that button.
  return !(e.key === ' ' && target?.closest('button, a[href], [role="radio"]'));
}

export function useDemoKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !isDemoKey(e, e.target instanceof Element ? e.target : null)) return;
      e.preventDefault();
      useDemo.getState().advance();
    };
    // Capturing: React Flow takes Space on the document (to pan) and marks it handled.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
