/**
 * The workspace part of SimApi: export the session, import one (file, autosave, link), and a
 * change notification so the page can autosave (debounced) after each input.
 */
import { fetchUrl } from '../fetchUrl';
import type { SimHost, TimeMode } from '../simHost';
import { exportWorkspace } from './exportWorkspace';
import type { JournalState } from './journal';
import { readWorkspace } from './migrations';
import { restoreWorkspace, type RestoredSession } from './restoreWorkspace';
import { decodeShareState, encodeShareState } from './shareState';
import type { Workspace, WorkspaceExtras } from './workspace';

function extrasOf(ws: Workspace): WorkspaceExtras | undefined {
  if (ws.editorBuffers === undefined && ws.lessonProgress === undefined) return undefined;
  return { ...(ws.editorBuffers ? { editorBuffers: ws.editorBuffers } : {}), ...(ws.lessonProgress !== undefined ? { lessonProgress: ws.lessonProgress } : {}) };
}

/** On success, the page's own parts the workspace carried (editor tabs, lesson progress), for the page to restore. */
export type ImportResult = { ok: true; extras?: WorkspaceExtras } | { ok: false; error: string };

export type WorkspaceListener = (state: JournalState) => void;

export interface WorkspaceApi {
  /** The session so far; `extras` are the page's own parts (editor tabs, lesson progress). */
  exportWorkspace(extras?: WorkspaceExtras): Workspace;
  /**
   * Replaces the session with the one `ws` describes (replayed; the old one stays on failure).
   * Commands still running in the saved session are stopped as with Ctrl-C.
   */
  importWorkspace(ws: unknown): Promise<ImportResult>;
  /** The session as a share-link payload (base64url); fails when too long for a link. */
  exportShareState(extras?: WorkspaceExtras): Promise<{ ok: true; text: string } | { ok: false; error: string }>;
  importShareState(text: string): Promise<ImportResult>;
  journalLength(): number;
  /** Called after every journaled input and after a reset or import ("workspace dirty"). */
  onWorkspaceChange(listener: WorkspaceListener): number;
  offWorkspaceChange(id: number): void;
}

export interface WorkspaceSession {
  current(): SimHost;
  /** How this page's sessions move time: a workspace recorded otherwise cannot continue here. */
  timeMode: TimeMode;
  /** Makes the restored session the current one (feed, driver, editor follow it). */
  adopt(restored: RestoredSession): void;
}

/** Keeps the page's listeners on the current session's journal across resets and imports. */
export class JournalWatch {
  private readonly listeners = new Map<number, WorkspaceListener>();
  private nextId = 1;
  private stop?: () => void;

  constructor(host: SimHost) {
    this.rehost(host);
  }

  rehost(host: SimHost): void {
    this.stop?.();
    this.stop = host.journal.onChange((state) => this.notify(state));
    this.notify(host.journal.state());
  }

  subscribe(listener: WorkspaceListener): number {
    const id = this.nextId++;
    this.listeners.set(id, listener);
    return id;
  }

  unsubscribe(id: number): void {
    this.listeners.delete(id);
  }

  private notify(state: JournalState): void {
    for (const l of this.listeners.values()) l(state);
  }
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function workspaceApi(session: WorkspaceSession, watch: JournalWatch): WorkspaceApi {
  const importChecked = async (ws: Workspace): Promise<ImportResult> => {
    if (ws.timeMode !== session.timeMode) return { ok: false, error: `this workspace was recorded with ${ws.timeMode} time (${ws.timeMode === 'instant' ? 'the headless shell' : 'the browser'}); this session runs ${session.timeMode}, so it cannot continue it` };
    let restored: RestoredSession;
    try {
      restored = await restoreWorkspace(ws);
    } catch (e) {
      return { ok: false, error: `could not restore the workspace: ${message(e)}` };
    }
    restored.host.fetchUrl = fetchUrl;
    session.adopt(restored);
    restored.host.interrupt();
    restored.answers.abandon();
    const extras = extrasOf(ws);
    return extras ? { ok: true, extras } : { ok: true };
  };
  return {
    exportWorkspace: (extras) => exportWorkspace(session.current(), extras),
    importWorkspace: (raw) => {
      const read = readWorkspace(raw);
      return read.ok ? importChecked(read.value) : Promise.resolve(read);
    },
    exportShareState: async (extras) => {
      try {
        return { ok: true, text: await encodeShareState(exportWorkspace(session.current(), extras)) };
      } catch (e) {
        return { ok: false, error: message(e) };
      }
    },
    importShareState: async (text) => {
      const read = await decodeShareState(text);
      return read.ok ? importChecked(read.value) : read;
    },
    journalLength: () => session.current().journal.state().length,
    onWorkspaceChange: (listener) => watch.subscribe(listener),
    offWorkspaceChange: (id) => watch.unsubscribe(id),
  };
}
