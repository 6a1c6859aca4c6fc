/**
 * What the learner can do with the workspace (the top bar's Workspace menu and the notices):
 * export and import a file, copy a share link, reset, take saving over, and settle a shared
 * link opened over their own save.
 */
import { emptySaved } from '../state/lessonProgress';
import { useLessons } from '../state/lessonStore';
import { useSim } from '../state/simStore';
import { downloadJson } from './download';
import { exportFileName, shareUrl, withoutState } from './pageParts';
import { claimSaving } from './saveLock';
import { adoptImported, autosaver, connection, markChanged, pageExtras, session, setTerminalHistory } from './workspaceSession';
import { useWorkspace } from './workspaceStore';
import { words } from './words';

const SHARED_HERE_KEY = 'kube-playground.sharedFromHere';
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const notify = (...args: Parameters<ReturnType<typeof useWorkspace.getState>['notify']>) => useWorkspace.getState().notify(...args);

/** The last share state this tab put into its address bar (sessionStorage: this tab, across reloads). */
export function shareStateFromHere(): string | undefined {
  try {
    return sessionStorage.getItem(SHARED_HERE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export async function exportFile(): Promise<void> {
  downloadJson(exportFileName(Date.now()), await connection().exportWorkspace(pageExtras()));
}

/** An explicit choice of session (a file, keeping a shared one): it becomes what this tab saves. */
function ownChosenSession(): void {
  if (useWorkspace.getState().mode === 'preview') useWorkspace.setState({ mode: 'owner' });
  history.replaceState(history.state, '', withoutState(location.href));
  markChanged();
}

export async function importFile(file: File): Promise<void> {
  const w = words();
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch (e) {
    notify({ tone: 'error', topic: 'import', text: w.importFailed(w.notJson(message(e))) });
    return;
  }
  const api = connection();
  const result = await api.importWorkspace(parsed);
  if (!result.ok) {
    notify({ tone: 'error', topic: 'import', text: w.importFailed(result.error) });
    return;
  }
  await adoptImported(result, false);
  notify({ tone: 'info', topic: 'import', text: w.imported(file.name) });
  ownChosenSession();
}

export async function shareLink(): Promise<void> {
  const w = words();
  const result = await connection().exportShareState(pageExtras());
  if (!result.ok) {
    notify({ tone: 'error', topic: 'share', text: w.linkFailed(result.error) });
    return;
  }
  const url = shareUrl(location.href, result.text);
  history.replaceState(history.state, '', url);
  try {
    sessionStorage.setItem(SHARED_HERE_KEY, result.text);
  } catch {
    // Without sessionStorage a reload treats the link as someone else's: preview, nothing lost.
  }
  try {
    await navigator.clipboard.writeText(url);
    notify({ tone: 'info', topic: 'share', text: w.linkCopied });
  } catch {
    notify({ tone: 'info', topic: 'share', text: w.linkReady });
  }
}

/** A fresh cluster; files stay (carried into the new session), and so do history and progress. */
export async function resetCluster(): Promise<void> {
  await useSim.getState().reset(undefined, { keepFiles: true });
}

/** A fresh cluster with no files, an empty terminal history, and no lesson progress. */
export async function resetEverything(): Promise<void> {
  await useLessons.getState().adopt(emptySaved(useLessons.getState().language));
  setTerminalHistory([]);
  await useSim.getState().reset(undefined, { keepFiles: false });
  markChanged();
}

export function onSavingLost(): void {
  autosaver.cancel();
  useWorkspace.setState({ mode: 'readonly', pending: false });
  notify({ tone: 'warning', text: words().lostSaving, actions: [{ label: words().takeOver, run: takeOverSaving }] });
}

/** This tab saves from now on; the tab that saved until now is told and stops. */
export async function takeOverSaving(): Promise<void> {
  if (!session.db || !(await claimSaving(true, onSavingLost))) return;
  useWorkspace.setState({ mode: 'owner', notices: useWorkspace.getState().notices.filter((n) => !n.actions.some((a) => a.run === takeOverSaving)) });
  markChanged();
  await autosaver.flush();
}

/** The shared session opened over the learner's save becomes theirs (the save is replaced). */
export async function keepShared(): Promise<void> {
  ownChosenSession();
  useWorkspace.setState({ notices: useWorkspace.getState().notices.filter((n) => !n.actions.some((a) => a.run === keepShared)) });
  await autosaver.flush();
}

/** Leaves the shared session: the page reloads without `#state=`, restoring the learner's save. */
export function openSavedWork(): void {
  location.replace(withoutState(location.href));
}
