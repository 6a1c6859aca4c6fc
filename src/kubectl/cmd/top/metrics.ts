/**
 * The metrics API (`metrics.k8s.io/v1beta1`, served by metrics-server) as `kubectl top` reads
 * it: NodeMetrics and PodMetrics through the client, like every other resource. When discovery
 * does not list the group, the API is not available — as on a cluster without metrics-server.
 */
import { isApiError, type ResourceRef } from '../../sim';
import type { KubectlContext } from '../../context';
import { discovery } from '../../resource/builder';

export interface Usage {
  cpu?: string;
  memory?: string;
}

export interface NodeMetrics {
  metadata: { name: string };
  timestamp?: string;
  window?: string;
  usage: Usage;
}

export interface PodMetrics {
  metadata: { name: string; namespace?: string };
  timestamp?: string;
  window?: string;
  containers: { name: string; usage: Usage }[];
}

export const METRICS_GROUP = 'metrics.k8s.io';
export const NODE_METRICS: ResourceRef = { group: METRICS_GROUP, version: 'v1beta1', resource: 'nodes' };
export const POD_METRICS: ResourceRef = { group: METRICS_GROUP, version: 'v1beta1', resource: 'pods' };

/**
 * Discovery when the host serves it; otherwise ask the server, which answers 404 for a group
 * no APIService provides (what discovery would have left out).
 */
export function metricsAvailable(ctx: KubectlContext): boolean {
  if (ctx.discovery) return discovery(ctx).some((r) => r.group === METRICS_GROUP);
  try {
    ctx.client.list(NODE_METRICS);
    return true;
  } catch (e) {
    if (isApiError(e, 'NotFound')) return false;
    throw e;
  }
}
