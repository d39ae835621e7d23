/**
 * The next run of a nudge job scheduler. Our schedulers all use the daily pattern
 * `dailyCronPattern` makes, in the person's IANA zone; `nextDailyRun` answers that in a few
 * microseconds where BullMQ's general cron path (cron-parser on luxon) took about half a
 * millisecond of CPU per nudge, over a third of the worker's time at 100 000 nudges a minute.
 * cron-parser also threw for some times on some daylight-saving days (Australia/Lord_Howe, a
 * daily 22:00 the day before the April change), which BullMQ turns into "no next run": that
 * person's reminders would have stopped. Any other pattern is left to BullMQ's own strategy.
 */
import { defaultRepeatStrategy, type RepeatStrategy } from 'bullmq';
import { nextDailyRun, parseDailyCronPattern } from '../src/reminders/index.ts';

export const nudgeRepeatStrategy: RepeatStrategy = (millis, options) => {
  const daily = options.pattern === undefined ? undefined : parseDailyCronPattern(options.pattern);
  if (daily === undefined || options.tz === undefined || options.immediately === true) {
    return defaultRepeatStrategy(millis, options);
  }
  // As BullMQ's own strategy: a start date later than now is where counting starts.
  const startMs = options.startDate === undefined ? millis : new Date(options.startDate).getTime();
  return nextDailyRun(Math.max(millis, startMs), daily, options.tz);
};
