/**
 * What a pod asks of a node, computed as resourcehelper.PodRequests does: the sum of the app
 * containers and sidecars, or the largest init container (plus the sidecars started before
 * it) if that is more, plus the pod overhead.
 */
import type { Container, Pod } from 'kubernetes-types/core/v1';
import { cpuMillis, memoryBytes } from '../api/quantity';

/** Resource amounts: cpu in millicores, everything else in whole units (bytes, pods, GPUs). */
export type Resources = Map<string, number>;

/** schedutil.DefaultMilliCPURequest / DefaultMemoryRequest: what scoring assumes for a missing request. */
export const DEFAULT_MILLI_CPU_REQUEST = 100;
export const DEFAULT_MEMORY_REQUEST = 200 * 1024 * 1024;

/** A quantity the API server would have refused counts as nothing rather than failing a cycle. */
export function amount(resource: string, q: string | number | undefined): number {
  try {
    return resource === 'cpu' ? cpuMillis(q) : memoryBytes(q);
  } catch {
    return 0;
  }
}

function containerRequests(c: Container, nonZero: boolean): Resources {
  const out: Resources = new Map();
  const requests = c.resources?.requests ?? {};
  for (const [name, q] of Object.entries(requests)) out.set(name, amount(name, q));
  if (nonZero) {
    if (!out.has('cpu')) out.set('cpu', DEFAULT_MILLI_CPU_REQUEST);
    if (!out.has('memory')) out.set('memory', DEFAULT_MEMORY_REQUEST);
  }
  return out;
}

function addInto(into: Resources, r: Resources): void {
  for (const [k, v] of r) into.set(k, (into.get(k) ?? 0) + v);
}

function maxInto(into: Resources, r: Resources): void {
  for (const [k, v] of r) if (v > (into.get(k) ?? 0)) into.set(k, v);
}

/**
 * `nonZero` fills in 100m CPU and 200Mi memory for containers that leave them unset, which is what
 * the scoring plugins use so that best-effort pods still spread.
 */
export function podRequests(pod: Pod, nonZero = false): Resources {
  const reqs: Resources = new Map();
  for (const c of pod.spec?.containers ?? []) addInto(reqs, containerRequests(c, nonZero));
  const sidecars: Resources = new Map();
  const maxInit: Resources = new Map();
  for (const c of pod.spec?.initContainers ?? []) {
    const r = containerRequests(c, nonZero);
    if (c.restartPolicy === 'Always') {
      addInto(reqs, r);
      addInto(sidecars, r);
      continue;
    }
    const whileRunning: Resources = new Map(sidecars);
    addInto(whileRunning, r);
    maxInto(maxInit, whileRunning);
  }
  maxInto(reqs, maxInit);
  for (const [name, q] of Object.entries(pod.spec?.overhead ?? {})) reqs.set(name, (reqs.get(name) ?? 0) + amount(name, q));
  return reqs;
}
