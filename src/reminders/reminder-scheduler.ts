/**
 * The port the engine's reminder commands use to (re)schedule or cancel someone's daily nudge.
 * `workers/` implements it with one BullMQ job scheduler per user; the engine never knows.
 * Both calls are idempotent: scheduling again replaces, cancelling twice is harmless.
 */
import type { ClockTime } from './clock-time.ts';

export interface ReminderScheduler {
  schedule(userId: string, time: ClockTime, timeZone: string): Promise<void>;
  cancel(userId: string): Promise<void>;
}
