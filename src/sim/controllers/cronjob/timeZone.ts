/**
 * IANA time zones for `spec.timeZone` (and `CRON_TZ=` / `TZ=` prefixes): schedules are
 * evaluated on the zone's wall clock. Offsets come from the platform's tz database (Intl),
 * applied to the virtual clock's instants; the controller's own zone is UTC, as in minikube
 * and kubeadm clusters.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(tz, f);
  }
  return f;
}

export function isValidTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

/** The zone's wall-clock time at `ms`, written as if it were UTC. */
export function toWall(ms: number, tz: string | undefined): number {
  if (!tz || tz === 'UTC' || tz === 'Etc/UTC') return ms;
  const parts = Object.fromEntries(formatter(tz).formatToParts(ms).map((p) => [p.type, p.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
}

/** The instant whose wall-clock time in `tz` is `wallMs` (in a gap or overlap: the earlier offset's reading). */
export function fromWall(wallMs: number, tz: string | undefined): number {
  if (!tz || tz === 'UTC' || tz === 'Etc/UTC') return wallMs;
  const guess = wallMs - (toWall(wallMs, tz) - wallMs);
  return wallMs - (toWall(guess, tz) - guess);
}
