/**
 * Presenter mode: the playground projected in a room. Big type and high contrast (the page's
 * `data-presenter`, presenter.css, the terminal's font size), no lesson pane, the clock's slow
 * speeds at hand. Starts from `?presenter=1`; the top bar's toggle is not remembered, like a
 * deck's theme.
 */
import { create } from 'zustand';
import { useView } from '../embed/viewStore';

/** Terminal font sizes in px: a projector at the back of a room needs 22 or more. */
export const TERMINAL_FONT_SIZE = { normal: 14, presenter: 24 } as const;

/** Slow enough to talk over what the controllers do; 1× and 5× to catch up. */
export const PRESENTER_SPEEDS = [0.25, 0.5, 1, 5] as const;

interface PresenterStore {
  on: boolean;
  toggle(): void;
}

export const usePresenter = create<PresenterStore>()((set) => ({
  on: useView.getState().options.presenter,
  toggle: () => set((s) => ({ on: !s.on })),
}));

export function terminalFontSize(presenter: boolean): number {
  return presenter ? TERMINAL_FONT_SIZE.presenter : TERMINAL_FONT_SIZE.normal;
}

/**
 * How far the graph may zoom in to fit its picture. Its boxes have fixed sizes, so bigger
 * labels come from zooming in, not from bigger fonts.
 */
export function graphMaxZoom(presenter: boolean): number {
  return presenter ? 1.75 : 1.1;
}
