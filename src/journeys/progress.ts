/**
 * The journey rules, as pure functions of dates:
 * - a day opens when the previous one is completed, or on the next local day after the
 *   previous one opened (so nobody is stuck, and nobody is rushed);
 * - progress is completed days over total days — calendar days never count as progress;
 * - "today's day" is the newest open day, unless it is done, then the earliest open day not done.
 */
import { nextDate } from './local-date.ts';

export interface PaceState {
  readonly totalDays: number;
  /** The anchor: day `paceDay` counted as open on local date `paceDate`. */
  readonly paceDay: number;
  readonly paceDate: string;
  /** Completed days → the local date each was completed. */
  readonly completed: ReadonlyMap<number, string>;
  /** The local date "now" (for a paused journey: the date it was paused). */
  readonly today: string;
}

/** The highest day that is open on `today`. Days before the anchor are open already. */
export function openThrough(state: PaceState): number {
  let day = Math.min(Math.max(state.paceDay, 1), state.totalDays);
  let openedOn = state.paceDate;
  while (day < state.totalDays) {
    // Completing a day opens the next at once; otherwise it opens the day after this one did.
    const doneOn = state.completed.get(day);
    const calendar = nextDate(openedOn);
    const next = doneOn !== undefined && doneOn < calendar ? maxDate(doneOn, openedOn) : calendar;
    if (next > state.today) break;
    day += 1;
    openedOn = next;
  }
  return day;
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** The day to show now, or `undefined` when every day is complete. */
export function currentDay(state: PaceState): number | undefined {
  const open = openThrough(state);
  if (!state.completed.has(open)) return open;
  for (let day = 1; day <= open; day += 1) {
    if (!state.completed.has(day)) return day;
  }
  return undefined;
}

export function isOpen(state: PaceState, day: number): boolean {
  return Number.isInteger(day) && day >= 1 && day <= openThrough(state);
}

export interface Progress {
  readonly completedDays: number;
  readonly totalDays: number;
  /** Whole percent, rounded down, so 100 means truly finished. */
  readonly percent: number;
}

export function progressOf(completedDays: number, totalDays: number): Progress {
  const done = Math.min(completedDays, totalDays);
  return { completedDays: done, totalDays, percent: Math.floor((done * 100) / totalDays) };
}
