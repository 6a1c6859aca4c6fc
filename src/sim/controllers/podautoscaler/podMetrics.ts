/** Joins the target's pods with their metrics into what the replica calculator reads. */
import type { Pod } from 'kubernetes-types/core/v1';
import { milliValue, value } from '../../api/quantity';
import type { PodMetrics } from '../../metrics/types';
import type { PodResourceInfo } from './replicaCalculator';

/** CPU in millicores, memory in bytes: the ratio of usage to request is what matters. */
const amount = (resource: string, q: string | undefined) => (q === undefined ? undefined : resource === 'cpu' ? milliValue(q) : value(q));

const isReady = (p: Pod) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

export function podResourceInfo(resource: string, pods: Pod[], metrics: PodMetrics[]): PodResourceInfo[] {
  return pods
    .filter((p) => !p.metadata?.deletionTimestamp && p.status?.phase !== 'Failed' && p.status?.phase !== 'Succeeded')
    .map((p) => {
      const containers = p.spec?.containers ?? [];
      const missing = containers.find((c) => c.resources?.requests?.[resource] === undefined);
      const requestMilli = missing ? undefined : containers.reduce((n, c) => n + (amount(resource, String(c.resources?.requests?.[resource])) ?? 0), 0);
      const m = p.status?.phase === 'Running' ? metrics.find((x) => x.metadata.name === p.metadata?.name) : undefined;
      const usageMilli = m?.containers.reduce((n, c) => n + (amount(resource, c.usage[resource as 'cpu' | 'memory']) ?? 0), 0);
      return { name: p.metadata?.name ?? '', ready: isReady(p), pending: p.status?.phase === 'Pending', requestMilli, missingRequestContainer: missing?.name, usageMilli };
    });
}
