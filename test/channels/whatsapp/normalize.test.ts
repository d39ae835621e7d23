import { toInboundMessage } from '../../../channels/whatsapp/index.ts';
import { rawMessage, type RawMessageFields } from './raw-message.ts';

const receivedAt = new Date('2026-01-01T06:00:00Z');

describe('toInboundMessage', () => {
  it('turns a one-to-one text into the engine message, keyed by the message id', () => {
    const raw = rawMessage({ from: '919876543210@c.us', body: 'I feel lost', id: '3EB0AAA1' });
    expect(toInboundMessage(raw, receivedAt)).toEqual({
      channel: 'whatsapp',
      address: '919876543210@c.us',
      channelUserId: '919876543210@c.us',
      dedupeKey: 'false_919876543210@c.us_3EB0AAA1',
      text: 'I feel lost',
      region: 'IN',
      receivedAt,
    });
  });

  it.each([
    ['919876543210@c.us', 'IN'],
    ['14155550123@c.us', 'US'],
    ['447700900123@c.us', 'GB'],
    ['971501234567@c.us', 'AE'],
    ['8801712345678@c.us', 'BD'],
    ['8613800138000@c.us', undefined],
    ['3912345678@c.us', undefined],
    // A privacy id hides the number, so it tells nothing about the country.
    ['123456789012345@lid', undefined],
  ])('reads the region of %s as %s', (from, region) => {
    expect(toInboundMessage(rawMessage({ from, body: 'hi' }), receivedAt)?.region).toBe(region);
  });

  it('answers a privacy-id chat at that id', () => {
    const message = toInboundMessage(
      rawMessage({ from: '207361234567890@lid', body: 'hi' }),
      receivedAt,
    );
    expect(message?.address).toBe('207361234567890@lid');
    expect(message?.channelUserId).toBe('207361234567890@lid');
  });

  const ignored: Array<[string, RawMessageFields]> = [
    [
      'a group message',
      { from: '120363025246125486@g.us', author: '919876543210@c.us', body: 'hi' },
    ],
    ['a status update', { from: 'status@broadcast', author: '919876543210@c.us', body: 'hi' }],
    ['a newsletter post', { from: '120363144038483540@newsletter', body: 'hi' }],
    ['our own message', { from: '919876543210@c.us', body: 'hi', fromMe: true }],
    ['an image', { from: '919876543210@c.us', type: 'image' }],
    ['a voice note', { from: '919876543210@c.us', type: 'ptt' }],
    ['a sticker', { from: '919876543210@c.us', type: 'sticker' }],
    ['a reaction', { from: '919876543210@c.us', type: 'reaction' }],
    ['a deleted message', { from: '919876543210@c.us', type: 'revoked' }],
    ['an encryption notice', { from: '919876543210@c.us', type: 'e2e_notification' }],
    ['a call log', { from: '919876543210@c.us', type: 'call_log' }],
  ];
  it.each(ignored)('ignores %s', (_name, fields) => {
    expect(toInboundMessage(rawMessage(fields), receivedAt)).toBeUndefined();
  });
});
