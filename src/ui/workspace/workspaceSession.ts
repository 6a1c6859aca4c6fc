/**
 * The page's half of a workspace, shared by the boot and the menu's actions: the connection,
 * the database, the autosave, what the page adds to an export (editor tab, lesson progress),
 * and how the page follows an imported session (terminal history, lesson, editor, top bar).
 */
import type { SimConnection } from '../../bridge/main/connectSim';
import type { ImportResult, WorkspaceExtras } from '../../bridge/main/types';
import { useEditor } from '../state/editorStore';
import { emptySaved, readSaved } from '../state/lessonProgress';
import { useLessons } from '../state/lessonStore';
import { useSim } from '../state/simStore';
import { Autosaver } from './autosave';
import { historyFromJournal, TERMINAL_HISTORY_KEY } from './pageParts';
import { makeRecord } from './savedRecord';
import { AUTOSAVE_KEY, type WorkspaceDb } from './workspaceDb';
import { useWorkspace } from './workspaceStore';
import { words } from './words';

export const session: { api?: SimConnection; db?: WorkspaceDb } = {};

export function connection(): SimConnection {
  if (!session.api) throw new Error('the simulation is not connected');
  return session.api;
}

/** The page's parts of a save: the editor's open file (not a pending `kubectl edit`) and the lesson progress. */
export function pageExtras(): WorkspaceExtras {
  const { buffer } = useEditor.getState();
  const editorBuffers = buffer && buffer.requestId === undefined ? { [buffer.path]: buffer.text } : undefined;
  return { lessonProgress: useLessons.getState().saved, ...(editorBuffers ? { editorBuffers } : {}) };
}

async function save(): Promise<void> {
  const { api, db } = session;
  if (!api || !db || useWorkspace.getState().mode !== 'owner') return;
  const record = makeRecord(await api.exportWorkspace(pageExtras()), Date.now());
  await db.put(AUTOSAVE_KEY, record);
  useWorkspace.setState({ savedAt: record.savedAt, pending: false });
}

export const autosaver = new Autosaver({
  save,
  timers: { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as number), now: () => Date.now() },
  // Short: a tab closed right after a command would lose it (pagehide's flush may not finish).
  delayMs: 600,
  maxWaitMs: 3000,
  onError: (e) => useWorkspace.getState().notify({ tone: 'error', text: words().saveFailed(e instanceof Error ? e.message : String(e)) }),
});

/** Something worth saving changed (an input, lesson progress, the editor's file). */
export function markChanged(): void {
  if (useWorkspace.getState().mode !== 'owner') return;
  useWorkspace.setState({ pending: true });
  autosaver.changed();
}

export function setTerminalHistory(lines: string[]): void {
  try {
    if (lines.length) localStorage.setItem(TERMINAL_HISTORY_KEY, JSON.stringify(lines));
    else localStorage.removeItem(TERMINAL_HISTORY_KEY);
  } catch {
    // Storage blocked: the terminal starts with an empty history.
  }
}

/** The Worker replaced the session: the top bar, the graph's stopped nodes and the terminal follow. */
export async function followNewSession(api: SimConnection): Promise<void> {
  const [info, profiles, stoppedNodes] = await Promise.all([api.info(), api.profiles(), api.stoppedNodes()]);
  useEditor.getState().close();
  useSim.setState((s) => ({ info, profile: profiles.current, stoppedNodes, generation: s.generation + 1 }));
}

/**
 * After a successful import: the terminal's ↑ history from the journal, the lesson at its saved
 * step on the imported cluster, the editor's file. The page's language stays (a preference of
 * this browser, not of the workspace).
 */
export async function adoptImported(result: Extract<ImportResult, { ok: true }>, booting: boolean): Promise<void> {
  const api = connection();
  setTerminalHistory(historyFromJournal(await api.exportWorkspace()));
  const current = useLessons.getState().language;
  const saved = result.extras?.lessonProgress === undefined ? emptySaved(current) : readSaved(result.extras.lessonProgress, current);
  if (!booting) await followNewSession(api);
  await useLessons.getState().adopt({ ...saved, language: current });
  const [path, text] = Object.entries(result.extras?.editorBuffers ?? {})[0] ?? [];
  if (path !== undefined) useEditor.getState().openBuffer({ path, text: text! });
}
