import type { KubeObject } from '../sim';

/** Core Events (`v1`), the ones `kubectl get events` and `describe` show. */
export const EVENTS_RESOURCE = 'events';

/** True when the pod's Ready condition is True: what the READY column and Service endpoints go by. */
export function podIsReady(pod: KubeObject): boolean {
  const conditions = (pod as { status?: { conditions?: { type: string; status: string }[] } }).status?.conditions ?? [];
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}
