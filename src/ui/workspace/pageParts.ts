/**
 * The page's side of a workspace, pure: the terminal's ↑ history rebuilt from the journal, the
 * share link's URL, the exported file's name.
 */
import type { Workspace } from '../../bridge/main/types';

/** Where the terminal keeps its ↑/↓ history (features/terminal reads it when a session starts). */
export const TERMINAL_HISTORY_KEY = 'kube-playground.history';
const MAX_HISTORY = 500;

/** The lines typed into the terminal, as its history stores them: no blanks, no repeats in a row. */
export function historyFromJournal(ws: Pick<Workspace, 'journal'>): string[] {
  const lines: string[] = [];
  for (const e of ws.journal) {
    if (e.kind !== 'exec' || !e.line.trim() || lines[lines.length - 1] === e.line) continue;
    lines.push(e.line);
  }
  return lines.slice(-MAX_HISTORY);
}

/**
 * The current page's URL carrying `state` in `#state=`. An open lesson and its step travel inside
 * the state (its lesson progress): `?lesson=&step=` would open the lesson afresh over the shared
 * cluster, so they are dropped; other parameters are kept.
 */
export function shareUrl(href: string, state: string): string {
  const url = new URL(href);
  url.searchParams.delete('lesson');
  url.searchParams.delete('step');
  url.hash = `state=${state}`;
  return url.toString();
}

/** The URL without its `#state=`: once the learner keeps a shared workspace, a reload restores their save. */
export function withoutState(href: string): string {
  const url = new URL(href);
  if (url.hash.startsWith('#state=')) url.hash = '';
  return url.toString();
}

export function exportFileName(wallMs: number): string {
  const stamp = new Date(wallMs).toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return `kube-playground-${stamp}.json`;
}
