import { ChannelSendError } from '../../../channels/index.ts';
import { parseRetryAfter, toChannelSendError } from '../../../channels/botframework/index.ts';

/** The shape the connector's RestError has (status code, response with a headers.get). */
function restError(statusCode: number, headers: Record<string, string> = {}) {
  return Object.assign(new Error('connector said no'), {
    name: 'RestError',
    statusCode,
    response: { status: statusCode, headers: { get: (name: string) => headers[name] } },
  });
}

describe('toChannelSendError', () => {
  it.each([
    [
      '429 with Retry-After seconds',
      restError(429, { 'retry-after': '7' }),
      'botframework:429',
      7000,
      false,
    ],
    ['429 without Retry-After', restError(429), 'botframework:429', undefined, false],
    ['403: blocked or removed', restError(403), 'botframework:403', undefined, true],
    ['404: conversation gone', restError(404), 'botframework:404', undefined, true],
    ['410: gone', restError(410), 'botframework:410', undefined, true],
    ['401: our credentials, not the person', restError(401), 'botframework:401', undefined, false],
    ['502: worth a retry', restError(502), 'botframework:502', undefined, false],
    [
      'a network failure',
      Object.assign(new Error('socket'), { code: 'ECONNREFUSED' }),
      'botframework:econnrefused',
      undefined,
      false,
    ],
    ['something odd', 'boom', 'botframework:network', undefined, false],
  ])('%s', (_name, error, reason, retryAfterMs, permanent) => {
    const mapped = toChannelSendError(error);
    expect(mapped).toBeInstanceOf(ChannelSendError);
    expect(mapped).toMatchObject({ channel: 'botframework', reason, retryAfterMs, permanent });
  });

  it('says nothing of the reply in its message', () => {
    const mapped = toChannelSendError(restError(429, { 'retry-after': '1' }));
    expect(mapped.message).toBe('botframework send failed (botframework:429)');
  });

  it('passes a ChannelSendError through unchanged', () => {
    const original = new ChannelSendError('botframework', 'botframework:no-reference', {
      permanent: true,
    });
    expect(toChannelSendError(original)).toBe(original);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-22T10:00:00Z');
  it.each([
    ['3', 3000],
    ['0', 0],
    ['1.5', 1500],
    ['Sun, 22 Nov 2026 10:00:30 GMT', 30_000],
    ['Sun, 22 Nov 2026 09:00:00 GMT', 0],
    ['soon', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});
