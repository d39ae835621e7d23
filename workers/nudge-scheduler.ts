/**
 * The engine's `ReminderScheduler`, on BullMQ: one job scheduler per user firing on the cron
 * pattern "M H * * *" in the user's IANA zone. The next run is computed by `nudgeRepeatStrategy`
 * (the queue must be made by `createNudgeQueue`), which keeps the person's wall-clock time
 * across daylight-saving changes. Upserting replaces the pattern; removing deletes the pending
 * job too.
 */
import type { Queue } from 'bullmq';
import { dailyCronPattern, type ReminderScheduler } from '../src/reminders/index.ts';
import {
  NUDGE_JOB,
  NUDGE_JOB_OPTIONS,
  nudgeSchedulerId,
  type NudgeJobData,
} from './nudge-queue.ts';
import type { NudgeObserver } from './nudge-observer.ts';

export function createNudgeScheduler(
  queue: Queue<NudgeJobData>,
  observer: NudgeObserver = {},
): ReminderScheduler {
  return {
    async schedule(userId, time, timeZone) {
      await queue.upsertJobScheduler(
        nudgeSchedulerId(userId),
        { pattern: dailyCronPattern(time), tz: timeZone },
        { name: NUDGE_JOB, data: { userId }, opts: NUDGE_JOB_OPTIONS },
      );
      observer.onScheduled?.();
    },
    async cancel(userId) {
      if (await queue.removeJobScheduler(nudgeSchedulerId(userId))) observer.onCancelled?.();
    },
  };
}
