/**
 * The workspace's state for the page: whether this tab saves (and why not), when it last saved,
 * whether the journal is full, and the notices the learner has not dismissed yet.
 */
import { create } from 'zustand';

/**
 * `owner`: this tab autosaves. `readonly`: another tab does (Web Lock held elsewhere).
 * `preview`: a shared link was opened over an existing save, which stays untouched until the
 * learner chooses. `off`: embedded, or no IndexedDB. `starting`: restoring.
 */
export type SaveMode = 'starting' | 'owner' | 'readonly' | 'preview' | 'off';

export interface NoticeAction {
  label: string;
  run(): void | Promise<void>;
}

export interface Notice {
  id: number;
  tone: 'info' | 'warning' | 'error';
  text: string;
  actions: NoticeAction[];
  /** A later notice on the same topic (another import's outcome) replaces this one. */
  topic?: string;
}

interface WorkspaceStore {
  mode: SaveMode;
  /** A change waits to be saved. */
  pending: boolean;
  /** Wall-clock ms of the last save. */
  savedAt?: number;
  /** The journal reached its cap: later inputs are not recorded. */
  full: boolean;
  notices: Notice[];
  notify(notice: Omit<Notice, 'id' | 'actions'> & { actions?: NoticeAction[] }): number;
  dismiss(id: number): void;
}

let nextId = 1;

export const useWorkspace = create<WorkspaceStore>()((set) => ({
  mode: 'starting',
  pending: false,
  full: false,
  notices: [],
  notify(notice) {
    const id = nextId++;
    // The same words, or the same topic, show once: the latest.
    const replaced = (n: Notice) => n.text === notice.text || (notice.topic !== undefined && n.topic === notice.topic);
    set((s) => ({ notices: [...s.notices.filter((n) => !replaced(n)), { actions: [], ...notice, id }] }));
    return id;
  },
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));
