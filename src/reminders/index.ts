export {
  dailyCronPattern,
  formatClockTime,
  minutesOfDay,
  parseClockTime,
  parseDailyCronPattern,
} from './clock-time.ts';
export type { ClockTime } from './clock-time.ts';
export {
  DEFAULT_QUIET_HOURS,
  formatQuietHours,
  isQuietAt,
  parseQuietHours,
} from './quiet-hours.ts';
export type { QuietHours } from './quiet-hours.ts';
export type { ReminderScheduler } from './reminder-scheduler.ts';
export { canonicalTimeZone, localClock, SUGGESTED_TIME_ZONES } from './time-zone.ts';
export type { LocalClock } from './time-zone.ts';
export { nextDailyRun } from './next-daily-run.ts';
