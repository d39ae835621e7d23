import { regionFor, toInboundMessage, widgetMessageSchema } from '../../../channels/web/index.ts';

const at = new Date('2026-11-22T10:00:00Z');

describe('a widget request as an InboundMessage', () => {
  it('addresses the session, scopes the dedupe key by it, and keeps the hints', () => {
    expect(
      toInboundMessage(
        {
          id: 'c0ffee00-1',
          text: 'hello',
          action: '/help',
          timeZone: 'Asia/Kolkata',
          locale: 'hi-in',
        },
        'sess1',
        at,
      ),
    ).toEqual({
      channel: 'web',
      address: 'sess1',
      channelUserId: 'sess1',
      dedupeKey: 'sess1:c0ffee00-1',
      text: 'hello',
      action: '/help',
      locale: 'hi-IN',
      region: 'IN',
      timeZone: 'Asia/Kolkata',
      receivedAt: at,
    });
  });

  it.each([
    ['no hints', {}, {}],
    ['a made-up time zone is dropped', { timeZone: 'Mars/Olympus' }, {}],
    ['a malformed locale is dropped', { locale: 'not a locale' }, {}],
    ['a region-less locale gives no region', { locale: 'en' }, { locale: 'en' }],
    [
      'the locale’s country when the zone says nothing',
      { locale: 'en-GB', timeZone: 'UTC' },
      { locale: 'en-GB', region: 'GB', timeZone: 'UTC' },
    ],
    [
      'the zone wins over the locale',
      { locale: 'en-US', timeZone: 'Asia/Kolkata' },
      { locale: 'en-US', region: 'IN', timeZone: 'Asia/Kolkata' },
    ],
  ])('%s', (_name, hints, expected) => {
    const message = toInboundMessage({ id: 'abcdefgh', text: 'x', ...hints }, 's', at);
    expect({ locale: message.locale, region: message.region, timeZone: message.timeZone }).toEqual({
      locale: undefined,
      region: undefined,
      timeZone: undefined,
      ...expected,
    });
  });
});

describe('region from the browser', () => {
  it.each([
    ['Asia/Kolkata', undefined, 'IN'],
    ['Asia/Calcutta', undefined, 'IN'],
    ['America/Chicago', 'hi-IN', 'US'],
    ['Europe/London', undefined, 'GB'],
    ['Europe/Berlin', 'de-DE', 'DE'],
    ['Europe/Berlin', 'de', undefined],
    [undefined, 'es-419', undefined],
    [undefined, undefined, undefined],
  ])('%s + %s → %s', (timeZone, locale, region) => {
    expect(regionFor(timeZone, locale)).toBe(region);
  });
});

describe('the message body schema', () => {
  it.each([
    ['text only', { id: 'abcdefgh', text: 'hi' }],
    ['an action with empty text', { id: 'abcdefgh', text: '', action: 'verse:more' }],
    [
      'a very long text (the engine answers that itself)',
      { id: 'abcdefgh', text: 'a'.repeat(30_000) },
    ],
    ['unknown extra fields', { id: 'abcdefgh', text: 'hi', extra: true }],
  ])('accepts %s', (_name, body) => {
    expect(widgetMessageSchema.safeParse(body).success).toBe(true);
  });

  it.each([
    ['no id', { text: 'hi' }],
    ['an id with spaces', { id: 'abc defgh', text: 'hi' }],
    ['empty text and no action', { id: 'abcdefgh', text: ' ' }],
    ['an empty action', { id: 'abcdefgh', text: '', action: '' }],
    ['a number for text', { id: 'abcdefgh', text: 3 }],
    ['not an object', 'hello'],
  ])('refuses %s', (_name, body) => {
    expect(widgetMessageSchema.safeParse(body).success).toBe(false);
  });
});
