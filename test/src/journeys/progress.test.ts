import {
  currentDay,
  isOpen,
  localDate,
  openThrough,
  progressOf,
  usableTimeZone,
  type PaceState,
} from '../../../src/journeys/index.ts';

function pace(overrides: Partial<PaceState> & { completed?: Map<number, string> }): PaceState {
  return {
    totalDays: 7,
    paceDay: 1,
    paceDate: '2026-03-01',
    completed: new Map(),
    today: '2026-03-01',
    ...overrides,
  };
}

describe('local dates', () => {
  it('reads the calendar date in the given zone, across its midnight', () => {
    // 18:29 UTC is 23:59 in Kolkata; 18:31 UTC is 00:01 the next day there, still the same day in UTC.
    expect(localDate(new Date('2026-03-01T18:29:00Z'), 'Asia/Kolkata')).toBe('2026-03-01');
    expect(localDate(new Date('2026-03-01T18:31:00Z'), 'Asia/Kolkata')).toBe('2026-03-02');
    expect(localDate(new Date('2026-03-01T18:31:00Z'), 'UTC')).toBe('2026-03-01');
    expect(localDate(new Date('2026-03-02T04:59:00Z'), 'America/New_York')).toBe('2026-03-01');
  });

  it('falls back to UTC for a missing or unknown zone', () => {
    expect(usableTimeZone(undefined)).toBe('UTC');
    expect(usableTimeZone('Mars/Olympus_Mons')).toBe('UTC');
    expect(usableTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata');
  });
});

describe('unlock rules', () => {
  it('opens only day 1 on the day a journey starts', () => {
    const state = pace({});
    expect(openThrough(state)).toBe(1);
    expect(currentDay(state)).toBe(1);
    expect(isOpen(state, 2)).toBe(false);
  });

  it('opens the next day at once when the previous one is completed', () => {
    const state = pace({ completed: new Map([[1, '2026-03-01']]) });
    expect(openThrough(state)).toBe(2);
    expect(currentDay(state)).toBe(2);
  });

  it('opens one more day per local day even when nothing is completed', () => {
    expect(openThrough(pace({ today: '2026-03-02' }))).toBe(2);
    expect(openThrough(pace({ today: '2026-03-04' }))).toBe(4);
    expect(openThrough(pace({ today: '2026-04-30' }))).toBe(7);
  });

  it('combines both: a day completed late still opens the next one at once', () => {
    // Day 2 opened by the calendar on the 2nd, completed on the 5th: day 3 opened on the 3rd anyway.
    const state = pace({
      today: '2026-03-03',
      completed: new Map([[2, '2026-03-05']]),
    });
    expect(openThrough(state)).toBe(3);
    // Days 1 and 2 done on the 1st: day 3 open on the 1st, day 4 on the 2nd.
    const fast = pace({
      today: '2026-03-02',
      completed: new Map([
        [1, '2026-03-01'],
        [2, '2026-03-01'],
      ]),
    });
    expect(openThrough(fast)).toBe(4);
  });

  it('shows the newest open day, or the earliest one left when that is done', () => {
    // Day 1 done on the 1st opened day 2 at once; the calendar opened days 3 and 4 since.
    const missed = pace({ today: '2026-03-03', completed: new Map([[1, '2026-03-01']]) });
    expect(currentDay(missed)).toBe(4);
    const lastDoneEarly = pace({
      totalDays: 3,
      today: '2026-03-09',
      completed: new Map([
        [1, '2026-03-01'],
        [3, '2026-03-09'],
      ]),
    });
    expect(currentDay(lastDoneEarly)).toBe(2);
    const all = pace({
      totalDays: 2,
      completed: new Map([
        [1, '2026-03-01'],
        [2, '2026-03-01'],
      ]),
    });
    expect(currentDay(all)).toBeUndefined();
  });

  it('counts from a moved anchor after a pause', () => {
    // Resumed on the 20th with days up to 3 open: day 4 opens on the 21st, not earlier.
    const resumed = pace({ paceDay: 3, paceDate: '2026-03-20', today: '2026-03-20' });
    expect(openThrough(resumed)).toBe(3);
    expect(openThrough({ ...resumed, today: '2026-03-21' })).toBe(4);
  });
});

describe('progress', () => {
  it('is completed days over total days, never calendar days', () => {
    expect(progressOf(2, 7)).toEqual({ completedDays: 2, totalDays: 7, percent: 28 });
    expect(progressOf(7, 7).percent).toBe(100);
    expect(progressOf(0, 14).percent).toBe(0);
  });
});
