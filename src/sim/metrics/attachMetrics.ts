/**
 * Puts metrics-server behind the cluster's API door: starts its sampler, and routes
 * `metrics.k8s.io` requests on `cluster.client` to it, as kube-aggregator does for the addon's
 * APIService. Components built earlier keep the plain client; they never read metrics.
 */
import type { Clock } from '../../common/clock';
import type { ClusterClient } from '../client/types';
import { withMetricsApi } from './metricsApi';
import { MetricsServer } from './metricsServer';
import type { RequestCpuSource, UsageSource } from './types';

export interface MetricsHost {
  client: ClusterClient;
  clock: Clock;
}

export function attachMetrics(cluster: MetricsHost, requests: RequestCpuSource, usage: UsageSource): MetricsServer {
  const server = new MetricsServer({ client: cluster.client, clock: cluster.clock, usage, requests });
  server.start();
  (cluster as { client: ClusterClient }).client = withMetricsApi(cluster.client, server);
  return server;
}
