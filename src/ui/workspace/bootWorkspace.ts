/**
 * Before the first command: the session the learner left (the autosave in IndexedDB), or the one
 * a `#state=` link carries, replayed into the Worker; then the autosave follows every change.
 *
 * - A save that cannot be read or replayed never blocks the page: the playground starts fresh,
 *   a notice says why, and the bad save is moved aside (`unreadable`) for export.
 * - Only one tab saves (saveLock.ts); a later tab restores the last save, does not save, and
 *   offers to take saving over.
 * - A `#state=` link is imported instead of the autosave. If this browser holds a save, it is not
 *   overwritten until the learner chooses (keep the shared one, or go back to theirs); with no
 *   save yet, the shared session simply becomes the learner's. A link this tab made itself (Share
 *   link puts it in the address bar) is not a stranger's: a reload restores the autosave.
 * - Embedded pages (`?embed=1`) neither restore nor save: each embed starts as its URL says.
 */
import { proxy } from 'comlink';
import type { SimConnection } from '../../bridge/main/connectSim';
import type { JournalState } from '../../bridge/main/types';
import { useView } from '../embed/viewStore';
import { useEditor } from '../state/editorStore';
import { onProgressSaved } from '../state/lessonProgress';
import { downloadJson } from './download';
import { withoutState } from './pageParts';
import { readRecord, type SavedRecord } from './savedRecord';
import { claimSaving } from './saveLock';
import { adoptImported, autosaver, markChanged, session } from './workspaceSession';
import { AUTOSAVE_KEY, openWorkspaceDb, UNREADABLE_KEY } from './workspaceDb';
import { useWorkspace } from './workspaceStore';
import { words } from './words';
import { keepShared, onSavingLost, openSavedWork, shareStateFromHere, takeOverSaving } from './workspaceActions';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const notify = (...args: Parameters<ReturnType<typeof useWorkspace.getState>['notify']>) => useWorkspace.getState().notify(...args);

/** The autosave as stored, checked; `raw` is kept for the unreadable copy. */
async function readAutosave(): Promise<{ record?: SavedRecord; error?: string; raw?: unknown }> {
  const db = session.db!;
  const raw = await db.get(AUTOSAVE_KEY).catch((e: unknown) => ({ unreadable: message(e) }));
  if (raw === undefined) return {};
  const read = readRecord(raw);
  return read.ok ? { record: read.record, raw } : { error: read.error, raw };
}

/** The learner's save could not be used: kept aside (the owner only: another tab may be writing it). */
async function setAside(raw: unknown, error: string, owner: boolean): Promise<void> {
  const db = session.db!;
  if (owner) {
    await db.put(UNREADABLE_KEY, raw).catch(() => undefined);
    await db.delete(AUTOSAVE_KEY).catch(() => undefined);
  }
  notify({ tone: 'error', text: words().restoreFailed(error), actions: owner ? [{ label: words().exportUnreadable, run: () => exportUnreadable() }] : [] });
}

async function exportUnreadable(): Promise<void> {
  downloadJson('kube-playground-unreadable-save.json', await session.db!.get(UNREADABLE_KEY));
}

async function importShared(api: SimConnection, state: string, hasSave: boolean, owner: boolean): Promise<boolean> {
  const result = await api.importShareState(state);
  if (!result.ok) {
    notify({ tone: 'error', text: words().sharedFailed(result.error) });
    return false;
  }
  await adoptImported(result, true);
  if (owner && hasSave) {
    useWorkspace.setState({ mode: 'preview' });
    notify({ tone: 'info', text: words().sharedOpened, actions: [{ label: words().keepShared, run: keepShared }, { label: words().backToSaved, run: openSavedWork }] });
  } else {
    // Nothing of the learner's to protect: the shared session is theirs now, saved at once.
    history.replaceState(history.state, '', withoutState(location.href));
    useWorkspace.setState({ pending: true });
  }
  return true;
}

function follow(api: SimConnection): void {
  let wasFull = false;
  void api.onWorkspaceChange(
    proxy((state: JournalState) => {
      useWorkspace.setState({ full: state.full });
      if (state.full && !wasFull) notify({ tone: 'warning', text: words().journalFull });
      wasFull = state.full;
      markChanged();
    }),
  );
  onProgressSaved(markChanged);
  useEditor.subscribe((s, prev) => s.buffer !== prev.buffer && markChanged());
  const flush = () => void autosaver.flush();
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());
  window.addEventListener('pagehide', flush);
}

/**
 * Restores or imports before the page shows the terminal; true when a session was loaded. Never
 * throws: whatever goes wrong, the page starts (fresh, saying why).
 */
export async function bootWorkspace(api: SimConnection): Promise<boolean> {
  try {
    return await boot(api);
  } catch (e) {
    notify({ tone: 'error', text: words().restoreFailed(message(e)) });
    if (useWorkspace.getState().mode === 'starting') useWorkspace.setState({ mode: 'off' });
    return false;
  }
}

async function boot(api: SimConnection): Promise<boolean> {
  session.api = api;
  const { embed, state: linkState } = useView.getState().options;
  const state = linkState && linkState !== shareStateFromHere() ? linkState : undefined;
  if (linkState && !state) history.replaceState(history.state, '', withoutState(location.href));
  useView.getState().setStateLoader(async (s) => {
    const r = await api.importShareState(s);
    if (!r.ok) throw new Error(r.error);
    await adoptImported(r, false);
  });
  if (!embed) session.db = await openWorkspaceDb().catch((e: unknown) => void notify({ tone: 'warning', text: words().storageUnavailable(message(e)) }));
  const owner = session.db ? await claimSaving(false, onSavingLost) : false;
  const saved = session.db ? await readAutosave() : {};
  const hasSave = saved.raw !== undefined;
  let loaded = state ? await importShared(api, state, hasSave, owner) : false;
  if (!loaded && saved.record) {
    const result = await api.importWorkspace(saved.record.workspace);
    if (result.ok) await adoptImported(result, true);
    else await setAside(saved.raw, result.error, owner);
    loaded = result.ok;
    if (loaded) useWorkspace.setState({ savedAt: saved.record.savedAt });
  } else if (!loaded && saved.error) await setAside(saved.raw, saved.error, owner);
  const mode = useWorkspace.getState().mode === 'preview' ? 'preview' : owner ? 'owner' : session.db ? 'readonly' : 'off';
  useWorkspace.setState({ mode });
  if (mode === 'readonly') notify({ tone: 'info', text: words().readonlyTab, actions: [{ label: words().takeOver, run: takeOverSaving }] });
  follow(api);
  if (useWorkspace.getState().pending) markChanged();
  return loaded;
}
