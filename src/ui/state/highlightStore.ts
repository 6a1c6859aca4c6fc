/** The objects the last command touched, highlighted for a moment in the graph. */
import { create } from 'zustand';
import { collecting, type TouchWindow } from './touched';

/** How long a touched object stays highlighted. */
export const HIGHLIGHT_MS = 2500;

interface HighlightStore {
  touched: ReadonlySet<string>;
  window: TouchWindow;
  beginCommand(): void;
  endCommand(): void;
  /** Called with the uids of each feed diff. */
  noteChanges(uids: string[]): void;
}

let clearTimer: ReturnType<typeof setTimeout> | undefined;

export const useHighlight = create<HighlightStore>()((set, get) => ({
  touched: new Set(),
  window: {},
  beginCommand: () => set({ window: { startedAt: Date.now() }, touched: new Set() }),
  endCommand: () => set((s) => ({ window: { ...s.window, endedAt: Date.now() } })),
  noteChanges: (uids) => {
    if (uids.length === 0 || !collecting(get().window, Date.now())) return;
    set((s) => ({ touched: new Set([...s.touched, ...uids]) }));
    clearTimeout(clearTimer);
    clearTimer = setTimeout(() => set({ touched: new Set() }), HIGHLIGHT_MS);
  },
}));
