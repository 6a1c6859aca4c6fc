import { describe, expect, it } from 'vitest';
import { isDemoKey } from './useDemoKeys';

/** A focused element that matches the selectors containing `inside`. */
const focusIn = (inside: string) => ({ closest: (selector: string) => (selector.split(', ').some((s) => s.includes(inside)) ? {} : null) });
const key = (k: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

describe('isDemoKey', () => {
  const cases = [
    { name: '→ on the page', e: key('ArrowRight'), target: null, want: true },
    { name: 'Space on the page', e: key(' '), target: null, want: true },
    { name: '→ on a focused button', e: key('ArrowRight'), target: focusIn('button'), want: true },
    { name: 'Space on a focused button presses it instead', e: key(' '), target: focusIn('button'), want: false },
    { name: 'keys typed in the terminal', e: key('ArrowRight'), target: focusIn('terminal'), want: false },
    { name: 'Space in a text field', e: key(' '), target: focusIn('input'), want: false },
    { name: 'Space in the YAML editor', e: key(' '), target: focusIn('monaco'), want: false },
    { name: 'other keys', e: key('Enter'), target: null, want: false },
    { name: 'Alt+→ (the browser goes forward)', e: key('ArrowRight', { altKey: true }), target: null, want: false },
    { name: 'Shift+Space', e: key(' ', { shiftKey: true }), target: null, want: false },
  ];
  for (const c of cases) it(c.name, () => expect(isDemoKey(c.e, c.target)).toBe(c.want));
});
