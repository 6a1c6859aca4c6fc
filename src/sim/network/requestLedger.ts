/**
 * Per-pod request counters for metrics and autoscaling. Each request costs the serving pod some
 * CPU: hpa-example's index.php runs a million-iteration sqrt loop for every hit, which is what
 * lets a `wget` loop drive php-apache's CPU above its request; static pages cost next to nothing.
 * The client pod pays a little too (it forks and speaks HTTP), so the loop itself shows up.
 */
import type { RequestStats } from './types';

/**
 * CPU milliseconds one request costs, by the image repository's last path element. The client
 * waits that long for its answer, so a one-at-a-time loop (the walkthrough's `while sleep 0.01;
 * do wget …`) keeps about 20/(20+10+1) ≈ 0.65 of a core busy however many replicas share it:
 * one php-apache pod is throttled at its 500m limit (250%), seven settle near 50%.
 */
const CPU_MS_PER_REQUEST: Record<string, number> = {
  'hpa-example': 20,
  wordpress: 20,
  'gb-frontend': 5,
};
const DEFAULT_CPU_MS = 0.5;
/**
 * What one request costs the pod that makes it: a shell loop forks wget or curl, resolves the
 * name and speaks HTTP — about 1m of CPU per request a second in `kubectl top`.
 */
const CLIENT_CPU_MS = 1;

export function requestCpuMs(image: string | undefined): number {
  const repo = (image ?? '').split('@')[0].replace(/:[^/]*$/, '').split('/').pop() ?? '';
  return CPU_MS_PER_REQUEST[repo] ?? DEFAULT_CPU_MS;
}

export class RequestLedger {
  private readonly byPod = new Map<string, RequestStats>();

  record(podUid: string, image: string | undefined, now: number): void {
    const s = this.byPod.get(podUid) ?? { requests: 0, cpuMs: 0, lastRequestAt: now };
    this.byPod.set(podUid, { requests: s.requests + 1, cpuMs: s.cpuMs + requestCpuMs(image), lastRequestAt: now });
  }

  /** A request made from the pod: CPU only, it served nothing. */
  recordClient(podUid: string): void {
    const s = this.byPod.get(podUid) ?? { requests: 0, cpuMs: 0, lastRequestAt: 0 };
    this.byPod.set(podUid, { ...s, cpuMs: s.cpuMs + CLIENT_CPU_MS });
  }

  get(podUid: string): RequestStats {
    return this.byPod.get(podUid) ?? { requests: 0, cpuMs: 0, lastRequestAt: 0 };
  }
}
