/** kube-scheduler for the simulated cluster: the component, and what "why this node?" returns. */
export { DEFAULT_SCHEDULER_NAME, Scheduler, type SchedulerOptions } from './scheduler';
export type { FilterVerdict, NodeVerdict, SchedulingExplanation, ScoreVerdict } from './explanation';
export type { FilterPlugin, ScorePlugin, Status, StatusCode } from './framework';
export { DEFAULT_FILTER_PLUGINS, DEFAULT_SCORE_PLUGINS } from './plugins';
