/**
 * Quiet hours: a span of the local clock when no nudge is sent. It may wrap midnight
 * (22:00–07:00). A reminder time the person chose inside it still goes out at that time — they
 * asked for it — but a late nudge is never pushed into the quiet span.
 */
import { formatClockTime, minutesOfDay, parseClockTime, type ClockTime } from './clock-time.ts';

export interface QuietHours {
  readonly start: ClockTime;
  readonly end: ClockTime;
}

/** What applies until someone chooses otherwise. */
export const DEFAULT_QUIET_HOURS: QuietHours = {
  start: { hour: 22, minute: 0 },
  end: { hour: 7, minute: 0 },
};

/** "22:00-07:00" (also "22:00 to 07:00", en dash) → QuietHours; an empty span → undefined. */
export function parseQuietHours(text: string): QuietHours | undefined {
  const pieces = text
    .trim()
    .split(/\s*(?:-|–|—|to)\s*/u)
    .filter((piece) => piece !== '');
  if (pieces.length !== 2) return undefined;
  const start = parseClockTime(pieces[0]!);
  const end = parseClockTime(pieces[1]!);
  if (start === undefined || end === undefined) return undefined;
  if (minutesOfDay(start) === minutesOfDay(end)) return undefined;
  return { start, end };
}

export function formatQuietHours(quiet: QuietHours): string {
  return `${formatClockTime(quiet.start)}-${formatClockTime(quiet.end)}`;
}

/** True when `time` falls in [start, end), wrapping midnight when start > end. */
export function isQuietAt(quiet: QuietHours, time: ClockTime): boolean {
  const at = minutesOfDay(time);
  const start = minutesOfDay(quiet.start);
  const end = minutesOfDay(quiet.end);
  return start < end ? at >= start && at < end : at >= start || at < end;
}
