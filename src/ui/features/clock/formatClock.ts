/** How the top bar shows virtual time: the wall-clock time of day, and the time since start. */
export function formatClock(nowMs: number, elapsedSeconds: number): { time: string; elapsed: string } {
  const d = new Date(nowMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const s = Math.floor(elapsedSeconds);
  const elapsed = s < 60 ? `${s}s` : s < 3600 ? `${Math.floor(s / 60)}m${pad(s % 60)}s` : `${Math.floor(s / 3600)}h${pad(Math.floor((s % 3600) / 60))}m`;
  return { time, elapsed };
}
