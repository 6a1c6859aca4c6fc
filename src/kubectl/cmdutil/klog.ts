/**
 * klog's header, which kubectl puts on its warnings (`W0601 00:00:05.000000       1 helpers.go:702] …`).
 * The time is the cluster's virtual time; the process id is the playground's kubectl, always 1.
 */
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function klogWarning(nowMs: number, source: string, message: string): string {
  const d = new Date(nowMs);
  const micros = pad(d.getUTCMilliseconds(), 3) + '000';
  const stamp = `${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${micros}`;
  return `W${stamp} ${String(1).padStart(7)} ${source}] ${message}\n`;
}
