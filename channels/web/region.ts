/**
 * What the browser tells us about where a person is, cleaned up for the engine: a valid IANA
 * time zone, a canonical locale, and a country for crisis helplines.
 *
 * The time zone wins over the locale's country: many people in India browse with "en-US", but
 * a browser in India reports Asia/Kolkata. The table is small on purpose; an unknown zone falls
 * back to the locale's country, and then to the engine's own default.
 */

const COUNTRY_BY_TIME_ZONE: Readonly<Record<string, string>> = {
  'Asia/Kolkata': 'IN',
  'Asia/Calcutta': 'IN',
  'America/New_York': 'US',
  'America/Detroit': 'US',
  'America/Chicago': 'US',
  'America/Denver': 'US',
  'America/Phoenix': 'US',
  'America/Los_Angeles': 'US',
  'America/Anchorage': 'US',
  'America/Indiana/Indianapolis': 'US',
  'America/Boise': 'US',
  'Pacific/Honolulu': 'US',
  'US/Eastern': 'US',
  'US/Central': 'US',
  'US/Mountain': 'US',
  'US/Pacific': 'US',
  'Europe/London': 'GB',
  'Europe/Belfast': 'GB',
  'America/Toronto': 'CA',
  'America/Vancouver': 'CA',
  'America/Edmonton': 'CA',
  'America/Winnipeg': 'CA',
  'America/Halifax': 'CA',
  'Europe/Dublin': 'IE',
  'Australia/Sydney': 'AU',
  'Australia/Melbourne': 'AU',
  'Australia/Brisbane': 'AU',
  'Australia/Perth': 'AU',
  'Australia/Adelaide': 'AU',
  'Pacific/Auckland': 'NZ',
  'Asia/Singapore': 'SG',
  'Asia/Dubai': 'AE',
  'Asia/Kathmandu': 'NP',
  'Asia/Katmandu': 'NP',
  'Asia/Dhaka': 'BD',
  'Asia/Colombo': 'LK',
  'Asia/Karachi': 'PK',
};

/**
 * Checking a zone builds an ICU formatter (about 0.1 ms), on every message; browsers send a few
 * hundred distinct values at most, so answers are remembered. Bounded, because anyone can send
 * made-up strings: past the bound the memory starts over.
 */
const MEMORY_LIMIT = 2048;
const zones = new Map<string, string | undefined>();
const locales = new Map<string, string | undefined>();

function remembered(
  memory: Map<string, string | undefined>,
  key: string,
  compute: () => string | undefined,
): string | undefined {
  if (memory.has(key)) return memory.get(key);
  if (memory.size >= MEMORY_LIMIT) memory.clear();
  const value = compute();
  memory.set(key, value);
  return value;
}

/** The zone if the runtime knows it (so a made-up value never reaches the engine). */
export function validTimeZone(value: string | undefined): string | undefined {
  if (value === undefined || value.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(value)) {
    return undefined;
  }
  return remembered(zones, value, () => {
    try {
      // Kept as the browser sent it: ICU would turn "Asia/Kolkata" back into "Asia/Calcutta".
      new Intl.DateTimeFormat('en', { timeZone: value });
      return value;
    } catch {
      return undefined;
    }
  });
}

/** The canonical BCP 47 form ("hi-in" → "hi-IN"), or undefined for something that is not one. */
export function validLocale(value: string | undefined): string | undefined {
  if (value === undefined || value.length > 35) return undefined;
  return remembered(locales, value, () => {
    try {
      return Intl.getCanonicalLocales(value)[0];
    } catch {
      return undefined;
    }
  });
}

/** ISO 3166-1 alpha-2 country, best first: the time zone, then the locale's own country. */
export function regionFor(
  timeZone: string | undefined,
  locale: string | undefined,
): string | undefined {
  if (timeZone !== undefined) {
    const fromZone = COUNTRY_BY_TIME_ZONE[timeZone];
    if (fromZone !== undefined) return fromZone;
  }
  if (locale === undefined) return undefined;
  try {
    // A region-less "en" says nothing about where someone is, so it is not maximized.
    const region = new Intl.Locale(locale).region;
    return region !== undefined && /^[A-Z]{2}$/.test(region) ? region : undefined;
  } catch {
    return undefined;
  }
}
