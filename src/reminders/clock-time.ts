/**
 * A time of day on a person's own clock, "HH:MM" (24 h). Kept as text everywhere (store, cron,
 * replies) so nothing converts it through a time zone by accident.
 */
const CLOCK_TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/u;

export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
}

/** "7:30", "07:30" or "07.30" → { 7, 30 }; anything else → undefined. */
export function parseClockTime(text: string): ClockTime | undefined {
  const match = CLOCK_TIME.exec(text.trim());
  if (match === null) return undefined;
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

export function formatClockTime(time: ClockTime): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

export function minutesOfDay(time: ClockTime): number {
  return time.hour * 60 + time.minute;
}

/** The cron pattern BullMQ's scheduler fires on: minute, hour, every day. */
export function dailyCronPattern(time: ClockTime): string {
  return `${time.minute} ${time.hour} * * *`;
}

const DAILY_CRON = /^(\d{1,2}) (\d{1,2}) \* \* \*$/u;

/** The time of day in a pattern `dailyCronPattern` made; undefined for any other pattern. */
export function parseDailyCronPattern(pattern: string): ClockTime | undefined {
  const match = DAILY_CRON.exec(pattern);
  if (match === null) return undefined;
  const minute = Number(match[1]);
  const hour = Number(match[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
}
