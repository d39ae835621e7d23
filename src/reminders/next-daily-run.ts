/**
 * When a daily reminder at a wall-clock time next fires in an IANA zone. The nudge queue's job
 * schedulers ask this once per nudge sent; BullMQ's general cron path (cron-parser on luxon) cost
 * about 0.45 ms of CPU per call here, most of the worker's time at 100 000 nudges a minute, where
 * this costs a few `Intl` look-ups.
 *
 * Daylight saving follows the usual "compatible" rule (as Temporal and most calendars do): a time
 * that does not exist that day (skipped by a spring-forward) fires that far past the jump (02:30
 * becomes 03:30), and a time that occurs twice (a fall-back) fires at its first occurrence, once.
 */
import type { ClockTime } from './clock-time.ts';
import { localClock } from './time-zone.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** The zone's offset from UTC at `instant`, in ms (minute precision, enough for today's zones). */
function offsetAt(instant: number, timeZone: string): number {
  const clock = localClock(new Date(instant), timeZone);
  const [year, month, day] = clock.date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, day, clock.hour, clock.minute);
  return wall - Math.floor(instant / MINUTE_MS) * MINUTE_MS;
}

/**
 * The instant a wall clock in `timeZone` shows `wall` (a UTC-based millisecond count of the local
 * date and time). Offsets a day either side cover any transition in between: zones change their
 * offset at most a few times a year.
 */
function instantOfWallTime(wall: number, timeZone: string): number {
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  // Most days: one offset around, checked once (the check guards against two changes in two days).
  if (before === after && offsetAt(wall - before, timeZone) === before) return wall - before;
  const candidates = [wall - before, wall - after].sort((a, b) => a - b);
  for (const instant of candidates) {
    if (offsetAt(instant, timeZone) === wall - instant) return instant;
  }
  // In a spring-forward gap: read the wall time with the offset from before the jump.
  return wall - before;
}

/** The first instant strictly after `afterMs` when the clock in `timeZone` shows `time`. */
export function nextDailyRun(afterMs: number, time: ClockTime, timeZone: string): number {
  // Runs fall on whole minutes, so the answer depends on `afterMs` only through its minute; and
  // everyone due in one minute asks with that minute (BullMQ passes the run just made), most of
  // them for a few popular times in a few zones.
  const key = `${timeZone} ${time.hour}:${time.minute} ${Math.floor(afterMs / MINUTE_MS)}`;
  const known = recent.get(key);
  if (known !== undefined) return known;
  const next = computeNextDailyRun(afterMs, time, timeZone);
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(key, next);
  return next;
}

const RECENT_LIMIT = 10_000;
const recent = new Map<string, number>();

function computeNextDailyRun(afterMs: number, time: ClockTime, timeZone: string): number {
  const today = localClock(new Date(afterMs), timeZone).date;
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  // Today's time may have passed; a day's time can be skipped by a jump, so look two days on.
  for (let offsetDays = 0; offsetDays <= 2; offsetDays++) {
    const wall = Date.UTC(year, month - 1, day + offsetDays, time.hour, time.minute);
    const instant = instantOfWallTime(wall, timeZone);
    if (instant > afterMs) return instant;
  }
  throw new RangeError(`no run of ${time.hour}:${time.minute} in ${timeZone} after ${afterMs}`);
}
