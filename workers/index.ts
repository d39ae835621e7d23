/**
 * Background work on BullMQ: the daily nudges. Imported by the server (in-process worker in the
 * embedded mode) and by `sarathi worker`; nothing in workers/ imports the server or the CLI.
 */
export { createNudgeContent, verseOrder } from './nudge-content.ts';
export type { JourneyDayRef, NudgeContent, NudgeContentSource } from './nudge-content.ts';
export type { NudgeObserver, NudgeOutcomeKind } from './nudge-observer.ts';
export {
  createNudgeProcessor,
  deliveryTargets,
  DEFAULT_LEASE_MS,
  MAX_LATE_MS,
  NudgeDeliveryError,
  NudgeLeaseHeldError,
  scheduledTimeOf,
} from './nudge-processor.ts';
export type { NudgeJobLike, NudgeProcessorDeps, NudgeResult } from './nudge-processor.ts';
export { NUDGE_JOB, NUDGE_JOB_OPTIONS, NUDGE_QUEUE, nudgeSchedulerId } from './nudge-queue.ts';
export type { NudgeJobData } from './nudge-queue.ts';
export { createNudgeScheduler } from './nudge-scheduler.ts';
export { reconcileNudgeSchedulers } from './nudge-reconcile.ts';
export type { ReconcileResult } from './nudge-reconcile.ts';
export { nudgeRepeatStrategy } from './nudge-repeat-strategy.ts';
export {
  createNudgeQueue,
  listFailedNudges,
  openNudgeQueue,
  startNudgeWorker,
} from './nudge-worker.ts';
export type {
  NudgeQueueHandle,
  NudgeWorker,
  NudgeWorkerLog,
  StartNudgeWorkerOptions,
} from './nudge-worker.ts';
export { createOutboundLimiter, DEFAULT_OUTBOUND_POLICIES } from './outbound-limits.ts';
export type {
  OutboundLimiter,
  OutboundLimiterOptions,
  OutboundPolicies,
  OutboundPolicy,
  OutboundRate,
} from './outbound-limits.ts';
export { createWidgetPendingNudges } from './widget-pending.ts';
export {
  checkHeartbeat,
  HEARTBEAT_INTERVAL_MS,
  HEARTBEAT_STALE_MS,
  heartbeatKey,
  startHeartbeat,
} from './worker-heartbeat.ts';
export type { Heartbeat, HeartbeatStatus } from './worker-heartbeat.ts';
