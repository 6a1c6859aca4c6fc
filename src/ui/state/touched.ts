/**
 * Which objects the last command touched: every object the feed adds or changes while a command
 * runs (and a moment after, for the controllers' reactions) — pure, so the window is testable.
 */
export const SETTLE_AFTER_MS = 600;
export const MAX_WINDOW_MS = 3000;

export interface TouchWindow {
  /** Wall-clock ms the command started; undefined when no command is being followed. */
  startedAt?: number;
  endedAt?: number;
}

export function collecting(w: TouchWindow, now: number): boolean {
  if (w.startedAt === undefined) return false;
  if (now - w.startedAt > MAX_WINDOW_MS) return false;
  return w.endedAt === undefined || now - w.endedAt <= SETTLE_AFTER_MS;
}
