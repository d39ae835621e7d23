/**
 * The country a WhatsApp number belongs to, from its calling code, so a crisis reply can lead
 * with helplines people there can reach. A small table of the countries Sarathi expects most;
 * anything else is left unknown and the engine falls back to its default.
 *
 * Calling codes are prefix-free, so trying one-, two- and three-digit prefixes finds at most one.
 * "+1" is shared by the US, Canada and the Caribbean; it is reported as the US.
 */
const CALLING_CODES: Readonly<Record<string, string>> = {
  '1': 'US',
  '27': 'ZA',
  '31': 'NL',
  '33': 'FR',
  '44': 'GB',
  '49': 'DE',
  '60': 'MY',
  '61': 'AU',
  '64': 'NZ',
  '65': 'SG',
  '91': 'IN',
  '92': 'PK',
  '94': 'LK',
  '353': 'IE',
  '880': 'BD',
  '971': 'AE',
  '977': 'NP',
};

/** "15551234567" → "US"; undefined when the prefix is not in the table. */
export function regionFromPhoneNumber(digits: string): string | undefined {
  if (!/^\d{6,15}$/u.test(digits)) return undefined;
  for (const length of [1, 2, 3]) {
    const region = CALLING_CODES[digits.slice(0, length)];
    if (region !== undefined) return region;
  }
  return undefined;
}
