import { GrammyError, HttpError } from 'grammy';
import { ChannelSendError } from '../../../channels/index.ts';
import { toChannelSendError } from '../../../channels/telegram/index.ts';

function refused(code: number, description: string, retryAfter?: number): GrammyError {
  return new GrammyError(
    `Call to 'sendMessage' failed! (${code}: ${description})`,
    {
      ok: false,
      error_code: code,
      description,
      ...(retryAfter === undefined ? {} : { parameters: { retry_after: retryAfter } }),
    },
    'sendMessage',
    {},
  );
}

describe('toChannelSendError', () => {
  it.each([
    [
      'a 429 waits as long as Telegram asks',
      refused(429, 'Too Many Requests: retry after 17', 17),
      'telegram:429',
      17_000,
      false,
    ],
    [
      'a 429 without retry_after waits a second',
      refused(429, 'Too Many Requests'),
      'telegram:429',
      1000,
      false,
    ],
    [
      'blocked by the user is permanent',
      refused(403, 'Forbidden: bot was blocked by the user'),
      'telegram:403-blocked',
      undefined,
      true,
    ],
    [
      'a deactivated user is permanent',
      refused(403, 'Forbidden: user is deactivated'),
      'telegram:403-deactivated',
      undefined,
      true,
    ],
    [
      'a chat the bot may not start is permanent',
      refused(403, "Forbidden: bot can't initiate conversation with a user"),
      'telegram:403-not-started',
      undefined,
      true,
    ],
    [
      'any other 403 is permanent',
      refused(403, 'Forbidden: something new'),
      'telegram:403',
      undefined,
      true,
    ],
    [
      'chat not found is permanent',
      refused(400, 'Bad Request: chat not found'),
      'telegram:400-chat-not-found',
      undefined,
      true,
    ],
    [
      'another 400 is retried (it may be ours, never the person’s address)',
      refused(400, "Bad Request: can't parse entities"),
      'telegram:400',
      undefined,
      false,
    ],
    ['a 5xx is retried', refused(502, 'Bad Gateway'), 'telegram:502', undefined, false],
    [
      'a network failure is retried',
      new HttpError("Network request for 'sendMessage' failed!", new Error('ECONNRESET')),
      'telegram:network',
      undefined,
      false,
    ],
    [
      'anything else is retried as unexpected',
      new TypeError('boom'),
      'unexpected',
      undefined,
      false,
    ],
  ])('%s', (_name, error, reason, retryAfterMs, permanent) => {
    const mapped = toChannelSendError(error);
    expect(mapped).toBeInstanceOf(ChannelSendError);
    expect(mapped).toMatchObject({ channel: 'telegram', reason, retryAfterMs, permanent });
    expect(mapped.cause).toBe(error);
  });

  it('passes a ChannelSendError through unchanged', () => {
    const error = new ChannelSendError('telegram', 'telegram:429', { retryAfterMs: 5 });
    expect(toChannelSendError(error)).toBe(error);
  });
});
