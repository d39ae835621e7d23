/**
 * IANA time zones and the local calendar, with nothing but `Intl` (Node ships full ICU).
 */

const IANA_NAME = /^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+){0,2}$/u;

/**
 * An IANA zone name as it should be stored ("asia/kolkata" → "Asia/Kolkata"), or undefined when
 * the zone does not exist. Offsets ("+05:30") and abbreviations ("IST") are refused: they do not
 * follow daylight saving, and "IST" means three different places.
 */
export function canonicalTimeZone(text: string): string | undefined {
  // Building an Intl.DateTimeFormat to ask ICU costs tens of microseconds, and every widget
  // message carries a zone; the answer depends on the text alone, so it is kept (bounded).
  if (canonical.has(text)) return canonical.get(text);
  const zone = resolveTimeZone(text);
  if (canonical.size >= CANONICAL_CACHE_LIMIT) canonical.clear();
  canonical.set(text, zone);
  return zone;
}

const CANONICAL_CACHE_LIMIT = 1_000;
const canonical = new Map<string, string | undefined>();

function resolveTimeZone(text: string): string | undefined {
  const candidate = text.trim();
  if (
    !IANA_NAME.test(candidate) ||
    (!candidate.includes('/') && candidate.toUpperCase() !== 'UTC')
  ) {
    return undefined;
  }
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: candidate }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  if (resolved.toLowerCase() === candidate.toLowerCase()) return resolved;
  // ICU resolves some current names to older aliases (Asia/Kolkata → Asia/Calcutta); keep the
  // name the person used, in the usual capitalisation.
  return candidate.replace(/[A-Za-z]+/gu, (word) =>
    word.length <= 3 && word.toUpperCase() === word
      ? word
      : word[0]!.toUpperCase() + word.slice(1).toLowerCase(),
  );
}

/** Zones offered when someone has none yet: our main audience first. */
export const SUGGESTED_TIME_ZONES: readonly string[] = [
  'Asia/Kolkata',
  'Europe/London',
  'America/New_York',
  'America/Los_Angeles',
  'Asia/Dubai',
  'Asia/Singapore',
];

export interface LocalClock {
  /** "YYYY-MM-DD" in the zone: the key of one day's nudge. */
  readonly date: string;
  readonly hour: number;
  readonly minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** "2026-12-07, 22:15": what the en-CA format above prints in current ICU versions. */
const EN_CA_DATE_TIME = /^(\d{4}-\d{2}-\d{2}),? (\d{2}):(\d{2})$/u;

/** What a wall clock in `timeZone` shows at `at`. */
export function localClock(at: Date, timeZone: string): LocalClock {
  const formatter = formatterFor(timeZone);
  // `format` costs a quarter of `formatToParts`, and the nudge worker asks this many times per
  // nudge; the parts are the fallback should an ICU version print the date differently.
  const match = EN_CA_DATE_TIME.exec(formatter.format(at));
  if (match !== null) {
    return { date: match[1]!, hour: Number(match[2]), minute: Number(match[3]) };
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(at)) parts[part.type] = part.value;
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
  };
}
