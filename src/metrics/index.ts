export { createMetrics } from './metrics.ts';
export type { Metrics, NudgeMetricsObserver } from './metrics.ts';
