/**
 * The nudge queue's repeat strategy: our daily patterns in a zone go to `nextDailyRun`; a start
 * date is honoured as BullMQ's own strategy honours it; anything else is BullMQ's.
 */
import { getNextMillis } from 'bullmq';
import { nextDailyRun } from '../../src/reminders/index.ts';
import { nudgeRepeatStrategy } from '../../workers/index.ts';

const at = (iso: string) => new Date(iso).getTime();

it('answers daily patterns in a zone with nextDailyRun', async () => {
  const after = at('2027-03-13T12:00:00Z');
  const options = { pattern: '30 2 * * *', tz: 'America/New_York' };
  expect(await nudgeRepeatStrategy(after, options)).toBe(
    nextDailyRun(after, { hour: 2, minute: 30 }, 'America/New_York'),
  );
});

it('counts from a start date later than now, as BullMQ does', async () => {
  const after = at('2027-01-01T00:00:00Z');
  const options = { pattern: '0 9 * * *', tz: 'Europe/London', startDate: '2027-02-10T12:00:00Z' };
  expect(new Date((await nudgeRepeatStrategy(after, options))!).toISOString()).toBe(
    '2027-02-11T09:00:00.000Z',
  );
  expect(await nudgeRepeatStrategy(after, options)).toBe(getNextMillis(after, options));
});

it('leaves other patterns, and patterns without a zone, to BullMQ', async () => {
  const after = at('2027-05-05T10:10:00Z');
  for (const options of [
    { pattern: '0 */2 * * *', tz: 'Asia/Kolkata' },
    { pattern: '15 8 * * 1', tz: 'UTC' },
    { pattern: '30 7 * * *' },
  ]) {
    expect(await nudgeRepeatStrategy(after, options)).toBe(getNextMillis(after, options));
  }
});
