export { HorizontalController, SYNC_PERIOD_SECONDS, type ResourceMetricsSource } from './horizontalController';
export { resourceReplicas, TOLERANCE, type PodResourceInfo } from './replicaCalculator';
export { DEFAULT_SCALE_DOWN, DEFAULT_SCALE_UP, limitRate, stabilize, withDefaults } from './behavior';
