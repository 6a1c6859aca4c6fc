/** Go's time.Duration.String() for a duration already truncated to milliseconds, as kubelet events print it. */
export function goDuration(ms: number): string {
  ms = Math.floor(ms);
  if (ms === 0) return '0s';
  if (ms < 1000) return `${ms}ms`;
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = (ms % 60_000) / 1000;
  const sec = `${s.toFixed(3).replace(/\.?0+$/, '')}s`;
  if (h) return `${h}h${m}m${sec}`;
  if (m) return `${m}m${sec}`;
  return sec;
}
