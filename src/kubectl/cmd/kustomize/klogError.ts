/**
 * How `kubectl kustomize` reports a failure: component-base's cli.Run logs it through klog as
 * `E0601 00:00:05.000000       1 run.go:72] "command failed" err="…"` (a multi-line error as a
 * `<`-block), rather than cmdutil's `error: …`. Time is the cluster's; the process id is 1.
 */
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Go's strconv.Quote for the characters error messages contain. */
function goQuote(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t').replace(/\r/g, '\\r')}"`;
}

export function klogCommandFailed(nowMs: number, message: string): string {
  const d = new Date(nowMs);
  const stamp = `${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}000`;
  const value = message.includes('\n') ? `<\n${message.split('\n').map((l) => `\t${l}`).join('\n')}\n >` : goQuote(message);
  return `E${stamp} ${String(1).padStart(7)} run.go:72] "command failed" err=${value}\n`;
}
