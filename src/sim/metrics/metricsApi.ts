/**
 * The aggregation layer for `metrics.k8s.io`: the API server proxies the group to metrics-server
 * once its APIService is available, and answers 404 for it otherwise (kubectl then says
 * `Metrics API not available`). Everything else goes to the API server untouched.
 */
import { matches as labelsMatch, parseSelector } from '../api/labels';
import { ApiError, notFound } from '../api/errors';
import type { ResourceInfo } from '../api/resources';
import { BUILTIN_RESOURCES } from '../api/resources';
import type { ObjectList } from '../api/types';
import type { ClusterClient, ListOptions, ResourceRef } from '../client/types';
import type { MetricsServer } from './metricsServer';
import type { NodeMetrics, PodMetrics } from './types';

export const METRICS_GROUP = 'metrics.k8s.io';

const metricsInfo = (resource: string, kind: string, namespaced: boolean): ResourceInfo => ({
  group: METRICS_GROUP,
  version: 'v1beta1',
  resource,
  kind,
  singular: '',
  namespaced,
  shortNames: [],
  categories: [],
  verbs: ['get', 'list'],
  subresources: [],
});

export const NODE_METRICS = metricsInfo('nodes', 'NodeMetrics', false);
export const POD_METRICS = metricsInfo('pods', 'PodMetrics', true);

/** What discovery lists: the built-in resources, plus the metrics group while it is served. */
export function metricsDiscovery(server: MetricsServer): readonly ResourceInfo[] {
  return server.available() ? [...BUILTIN_RESOURCES, NODE_METRICS, POD_METRICS] : BUILTIN_RESOURCES;
}

function unavailable(): ApiError {
  return new ApiError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'the server could not find the requested resource', reason: 'NotFound', code: 404, details: {} });
}

function selected<T extends PodMetrics | NodeMetrics>(items: T[], opts: ListOptions | undefined): T[] {
  if (!opts?.labelSelector) return items;
  const sel = parseSelector(opts.labelSelector);
  return items.filter((m) => labelsMatch(sel, m.metadata.labels ?? {}));
}

function getMetrics(server: MetricsServer, r: ResourceRef, name: string, namespace: string | undefined): PodMetrics | NodeMetrics {
  const found = r.resource === 'pods' ? server.podMetrics(namespace).find((m) => m.metadata.name === name) : server.nodeMetrics().find((m) => m.metadata.name === name);
  // metrics-server names a missing pod by namespace/name.
  if (!found) throw notFound({ group: METRICS_GROUP, resource: r.resource === 'pods' ? 'podmetrics' : 'nodemetrics' }, r.resource === 'pods' ? `${namespace}/${name}` : name);
  return found;
}

export function withMetricsApi(client: ClusterClient, server: MetricsServer): ClusterClient {
  const isMetrics = (r: ResourceRef) => r.group === METRICS_GROUP;
  const guard = (r: ResourceRef) => {
    if (r.version !== 'v1beta1' || (r.resource !== 'pods' && r.resource !== 'nodes') || !server.available()) throw unavailable();
  };
  const aggregated: Partial<ClusterClient> = {
    get: ((r: ResourceRef, name: string, opts?: { namespace?: string }) => {
      if (!isMetrics(r)) return client.get(r, name, opts);
      guard(r);
      return getMetrics(server, r, name, opts?.namespace);
    }) as ClusterClient['get'],
    list: ((r: ResourceRef, opts?: ListOptions) => {
      if (!isMetrics(r)) return client.list(r, opts);
      guard(r);
      const items = r.resource === 'pods' ? selected(server.podMetrics(opts?.namespace), opts) : selected(server.nodeMetrics(), opts);
      const kind = r.resource === 'pods' ? 'PodMetricsList' : 'NodeMetricsList';
      return { apiVersion: 'metrics.k8s.io/v1beta1', kind, metadata: { resourceVersion: '' }, items } as unknown as ObjectList<never>;
    }) as ClusterClient['list'],
  };
  return new Proxy(client, {
    get: (target, prop) => {
      if (prop in aggregated) return aggregated[prop as keyof ClusterClient];
      const v: unknown = Reflect.get(target, prop, target);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}
