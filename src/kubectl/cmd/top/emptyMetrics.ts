/**
 * Why `kubectl top pod` got no metrics: pods younger than metrics-server's first scrape are
 * simply not measured yet ("No resources found"); older ones mean the pipeline is not working.
 * Wording from kubectl's top_pod.go (v1.32); the catalogue has no entries for these yet.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { KubectlContext } from '../../context';
import { KubectlError } from '../../cmdutil/errors';

/** kubectl's metricsCreationDelay. */
const METRICS_CREATION_DELAY_MS = 2 * 60 * 1000;

export const metricsNotAvailableYet = 'metrics not available yet';

/** Go's time.Duration.String for whole milliseconds: `2m30.5s`, `1h0m3s`. */
function goDuration(ms: number): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = String(((ms % 60_000) / 1000).toFixed(3)).replace(/\.?0+$/, '');
  if (h) return `${h}h${m}m${s}s`;
  return m ? `${m}m${s}s` : `${s}s`;
}

function checkPodAge(ctx: KubectlContext, pod: Pod): void {
  const age = ctx.now() - Date.parse(pod.metadata?.creationTimestamp ?? '');
  if (age > METRICS_CREATION_DELAY_MS) throw new KubectlError(`Metrics not available for pod ${pod.metadata?.namespace}/${pod.metadata?.name}, age: ${goDuration(age)}`);
}

/** Returns when there is simply nothing to show; throws kubectl's error otherwise. */
export function verifyEmptyMetrics(ctx: KubectlContext, pods: Pod[]): void {
  if (!pods.length) return;
  for (const p of pods) checkPodAge(ctx, p);
  throw new KubectlError(metricsNotAvailableYet);
}
