/**
 * Makes Redis's job schedulers match the reminders in the store, the record of what people asked
 * for. Redis holds the schedulers only: if its data is lost (no append-only file, a restore from
 * an older backup, a flush), nobody would be nudged again and nothing would say so. Run when a
 * nudge worker starts; safe to run again and from several workers at once.
 *
 * For each person with a reminder time and a time zone, a missing or different scheduler is
 * upserted; a `nudge-…` scheduler whose person has no reminder any more is removed. Each change
 * follows a fresh read of the person's settings (the page of reminders only says whom to look
 * at), so a /remind arriving meanwhile wins (the window left is that one read-then-write).
 */
import type { Queue } from 'bullmq';
import {
  dailyCronPattern,
  parseClockTime,
  type ReminderScheduler,
} from '../src/reminders/index.ts';
import type { Stores } from '../src/stores/index.ts';
import { nudgeSchedulerId, type NudgeJobData } from './nudge-queue.ts';

export interface ReconcileResult {
  /** People with a reminder whose scheduler was there and right. */
  readonly unchanged: number;
  /** Schedulers created (missing) or corrected (another time or zone). */
  readonly restored: number;
  /** Schedulers of people who no longer have a reminder. */
  readonly removed: number;
}

interface Expected {
  readonly time: { hour: number; minute: number };
  readonly pattern: string;
  readonly timeZone: string;
}

const SCHEDULER_PREFIX = 'nudge-';

export async function reconcileNudgeSchedulers(options: {
  readonly queue: Queue<NudgeJobData>;
  readonly scheduler: ReminderScheduler;
  readonly stores: Pick<Stores, 'users' | 'reminders'>;
  readonly pageSize?: number;
}): Promise<ReconcileResult> {
  const { queue, scheduler, stores } = options;
  const pageSize = options.pageSize ?? 500;

  async function expectedFor(userId: string): Promise<Expected | undefined> {
    const [user, reminder] = await Promise.all([
      stores.users.get(userId),
      stores.reminders.get(userId),
    ]);
    const time = reminder?.time === undefined ? undefined : parseClockTime(reminder.time);
    const timeZone = user?.settings.timeZone;
    if (time === undefined || timeZone === undefined) return undefined;
    return { time, pattern: dailyCronPattern(time), timeZone };
  }

  const inRedis = new Map<string, { pattern?: string; tz?: string }>();
  for (let start = 0; ; start += pageSize) {
    const page = await queue.getJobSchedulers(start, start + pageSize - 1, true);
    for (const entry of page) {
      if (entry.key.startsWith(SCHEDULER_PREFIX)) {
        inRedis.set(entry.key, {
          ...(entry.pattern === undefined ? {} : { pattern: entry.pattern }),
          ...(entry.tz === undefined ? {} : { tz: entry.tz }),
        });
      }
    }
    if (page.length < pageSize) break;
  }

  let unchanged = 0;
  let restored = 0;
  let removed = 0;
  let afterUserId: string | undefined;
  for (;;) {
    const reminders = await stores.reminders.listActive({
      limit: pageSize,
      ...(afterUserId === undefined ? {} : { afterUserId }),
    });
    const outcomes = await Promise.all(
      reminders.map(async (reminder): Promise<'unchanged' | 'restored' | 'removed' | 'none'> => {
        const id = nudgeSchedulerId(reminder.userId);
        const existing = inRedis.get(id);
        inRedis.delete(id);
        const expected = await expectedFor(reminder.userId);
        if (expected === undefined) {
          // A reminder time without a time zone has no scheduler (the person is asked for one).
          if (existing === undefined) return 'none';
          await scheduler.cancel(reminder.userId);
          return 'removed';
        }
        if (existing?.pattern === expected.pattern && existing.tz === expected.timeZone) {
          return 'unchanged';
        }
        await scheduler.schedule(reminder.userId, expected.time, expected.timeZone);
        return 'restored';
      }),
    );
    unchanged += outcomes.filter((o) => o === 'unchanged').length;
    restored += outcomes.filter((o) => o === 'restored').length;
    removed += outcomes.filter((o) => o === 'removed').length;
    if (reminders.length < pageSize) break;
    afterUserId = reminders.at(-1)!.userId;
  }

  // What is left in Redis belongs to people without a reminder time (or gone altogether).
  for (const id of inRedis.keys()) {
    const userId = id.slice(SCHEDULER_PREFIX.length);
    if ((await expectedFor(userId)) !== undefined) continue; // a /remind arrived meanwhile
    await scheduler.cancel(userId);
    removed++;
  }
  return { unchanged, restored, removed };
}
