export { MetricsServer, SAMPLE_SECONDS, WINDOW_SECONDS, RESOLUTION_SECONDS, WARMUP_SECONDS, type MetricsServerDeps } from './metricsServer';
export { withMetricsApi, metricsDiscovery, METRICS_GROUP, NODE_METRICS, POD_METRICS } from './metricsApi';
export { kubeletUsage, type ResourceMetricsEndpoint } from './kubeletUsage';
export type { PodMetrics, NodeMetrics, ResourceUsage, UsageSource, RequestCpuSource, ContainerSample } from './types';
export { attachMetrics, type MetricsHost } from './attachMetrics';
