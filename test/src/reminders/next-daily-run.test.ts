/**
 * The next run of a daily reminder in an IANA zone: ordinary days agree with BullMQ's cron
 * strategy (cron-parser), and daylight-saving days follow the "compatible" rule — a skipped time
 * fires that far past the jump, a doubled time fires once, at its first occurrence.
 */
import { getNextMillis } from 'bullmq';
import { dailyCronPattern, localClock, nextDailyRun } from '../../../src/reminders/index.ts';

const at = (iso: string) => new Date(iso).getTime();
const iso = (millis: number) => new Date(millis).toISOString();

describe('nextDailyRun', () => {
  it('gives the next local time in a zone without daylight saving', () => {
    // 07:30 in Kolkata (UTC+05:30) is 02:00 UTC.
    expect(
      iso(nextDailyRun(at('2027-01-10T01:00:00Z'), { hour: 7, minute: 30 }, 'Asia/Kolkata')),
    ).toBe('2027-01-10T02:00:00.000Z');
    expect(
      iso(nextDailyRun(at('2027-01-10T03:00:00Z'), { hour: 7, minute: 30 }, 'Asia/Kolkata')),
    ).toBe('2027-01-11T02:00:00.000Z');
  });

  it('is strictly after the given instant, so the run just made is not given again', () => {
    const run = at('2027-01-10T02:00:00Z');
    const time = { hour: 7, minute: 30 };
    expect(iso(nextDailyRun(run, time, 'Asia/Kolkata'))).toBe('2027-01-11T02:00:00.000Z');
    expect(iso(nextDailyRun(run - 1, time, 'Asia/Kolkata'))).toBe('2027-01-10T02:00:00.000Z');
    // Same minute, different seconds: the remembered answer still holds for each.
    expect(iso(nextDailyRun(run + 59_999, time, 'Asia/Kolkata'))).toBe('2027-01-11T02:00:00.000Z');
    expect(iso(nextDailyRun(run - 60_000, time, 'Asia/Kolkata'))).toBe('2027-01-10T02:00:00.000Z');
  });

  it('fires a time skipped by spring-forward that far past the jump, then on the usual clock', () => {
    // New York, 14 March 2027: 02:00 EST becomes 03:00 EDT; 02:30 does not exist that day.
    const zone = 'America/New_York';
    const time = { hour: 2, minute: 30 };
    const changeDay = nextDailyRun(at('2027-03-13T12:00:00Z'), time, zone);
    expect(localClock(new Date(changeDay), zone)).toEqual({
      date: '2027-03-14',
      hour: 3,
      minute: 30,
    });
    const dayAfter = nextDailyRun(changeDay, time, zone);
    expect(localClock(new Date(dayAfter), zone)).toEqual({
      date: '2027-03-15',
      hour: 2,
      minute: 30,
    });
  });

  it('fires a time doubled by fall-back once, at its first occurrence', () => {
    // New York, 7 November 2027: 02:00 EDT becomes 01:00 EST; 01:30 happens twice.
    const zone = 'America/New_York';
    const time = { hour: 1, minute: 30 };
    const first = nextDailyRun(at('2027-11-06T12:00:00Z'), time, zone);
    expect(iso(first)).toBe('2027-11-07T05:30:00.000Z'); // 01:30 EDT
    const next = nextDailyRun(first, time, zone);
    expect(iso(next)).toBe('2027-11-08T06:30:00.000Z'); // 01:30 EST the next day, not 06:30Z today
  });

  it('handles zones with quarter-hour offsets and half-hour daylight saving', () => {
    // Chatham Islands: UTC+12:45 in July (winter there).
    expect(
      iso(nextDailyRun(at('2027-07-01T00:00:00Z'), { hour: 8, minute: 0 }, 'Pacific/Chatham')),
    ).toBe('2027-07-01T19:15:00.000Z');
    // Lord Howe Island moves its clocks by 30 minutes; on 4 April 2027 02:00 becomes 01:30. Here
    // cron-parser (BullMQ's default) throws for a daily 22:00 asked the day before, which BullMQ
    // takes as "no next run": the reminders would stop.
    const zone = 'Australia/Lord_Howe';
    const after = at('2027-04-03T13:13:05Z');
    const next = nextDailyRun(after, { hour: 22, minute: 0 }, zone);
    expect(localClock(new Date(next), zone)).toEqual({ date: '2027-04-04', hour: 22, minute: 0 });
  });

  it("agrees with BullMQ's cron strategy on ordinary days across zones", () => {
    const zones = ['Asia/Kolkata', 'America/New_York', 'Europe/London', 'Australia/Sydney', 'UTC'];
    // A fixed pseudo-random walk (LCG), so a failure names a case that can be run again.
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const disagreements: string[] = [];
    for (let i = 0; i < 500; i++) {
      const zone = zones[i % zones.length]!;
      const time = { hour: Math.floor(random() * 24), minute: Math.floor(random() * 60) };
      const after = at('2027-01-01T00:00:00Z') + Math.floor(random() * 365 * 86_400_000);
      const cron = getNextMillis(after, { pattern: dailyCronPattern(time), tz: zone });
      const ours = nextDailyRun(after, time, zone);
      if (cron !== undefined && cron !== ours) {
        disagreements.push(
          `${zone} ${time.hour}:${time.minute} after ${iso(after)}: ${iso(ours)} vs ${iso(cron)}`,
        );
      }
    }
    expect(disagreements).toEqual([]);
  });
});
