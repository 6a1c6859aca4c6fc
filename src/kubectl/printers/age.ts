/**
 * Ages as kubectl prints them (k8s.io/apimachinery/pkg/util/duration). Go truncates durations
 * toward zero, so every step below works on whole units, never rounds.
 */
import { parseTime } from '../../common/time';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

/** Whole seconds of a millisecond duration, truncated like Go's int(d.Seconds()). */
function wholeSeconds(ms: number): number {
  return Math.trunc(ms / 1000);
}

/** duration.HumanDuration: ~2-3 significant figures, used by AGE and most describe ages. */
export function humanDuration(ms: number): string {
  const seconds = wholeSeconds(ms);
  // Up to one second of clock skew still reads as "now".
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 2 * MINUTE) return `${seconds}s`;
  const minutes = Math.trunc(seconds / MINUTE);
  if (minutes < 10) {
    const s = seconds % MINUTE;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 3 * 60) return `${minutes}m`;
  const hours = Math.trunc(seconds / HOUR);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    const days = Math.trunc(hours / 24);
    return h === 0 ? `${days}d` : `${days}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24)}d`;
  const years = Math.trunc(seconds / YEAR);
  if (hours < 24 * 365 * 8) {
    const dy = Math.trunc(hours / 24) % 365;
    return dy === 0 ? `${years}y` : `${years}y${dy}d`;
  }
  return `${years}y`;
}

/** duration.ShortHumanDuration: one unit only (used by a few commands such as `kubectl top`). */
export function shortHumanDuration(ms: number): string {
  const seconds = wholeSeconds(ms);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < MINUTE) return `${seconds}s`;
  if (seconds < HOUR) return `${Math.trunc(seconds / MINUTE)}m`;
  if (seconds < DAY) return `${Math.trunc(seconds / HOUR)}h`;
  if (seconds < YEAR) return `${Math.trunc(seconds / DAY)}d`;
  return `${Math.trunc(seconds / YEAR)}y`;
}

/**
 * translateTimestampSince: the age of a timestamp at `now`, `<unknown>` when it is unset.
 * Kubernetes timestamps are RFC 3339 strings; a zero or missing one means "never".
 */
export function translateTimestampSince(timestamp: string | null | undefined, now: number): string {
  const at = parseTime(timestamp ?? undefined);
  if (at === undefined) return '<unknown>';
  return humanDuration(now - at);
}
