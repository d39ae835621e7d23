/**
 * The nudge queue's names and job shape. Payloads carry ids only: the processor loads the
 * person's settings when the job runs, so a change made after scheduling is always honoured.
 */
import type { JobsOptions } from 'bullmq';

export const NUDGE_QUEUE = 'sarathi-nudges';
export const NUDGE_JOB = 'nudge';

export interface NudgeJobData {
  readonly userId: string;
}

/** One scheduler per user. BullMQ rejects ids with ':' (UUIDs have none) and all-digit ids. */
export function nudgeSchedulerId(userId: string): string {
  if (userId.includes(':')) throw new RangeError('user ids may not contain ":"');
  return `nudge-${userId}`;
}

/**
 * Retries inside one delivery are the channel delivery's (it honours retry_after); these are
 * the job's own, for a channel that stayed down. Jobs that exhaust them stay in the failed set,
 * the dead-letter queue `sarathi nudges failed` lists, for 30 days.
 */
export const NUDGE_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 30_000, jitter: 0.2 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};
