import { ChannelSendError } from '../../../channels/index.ts';
import {
  GovernorStoppedError,
  PAUSED_RETRY_AFTER_MS,
  toChannelSendError,
  WhatsAppNotReadyError,
  WhatsAppUnknownChatError,
} from '../../../channels/whatsapp/index.ts';

describe('toChannelSendError', () => {
  it.each<[string, unknown, string, boolean]>([
    // What WhatsApp Web throws inside the page for a number that is not on WhatsApp.
    [
      'no LID',
      new Error('Evaluation failed: Error: No LID for user'),
      'whatsapp:unknown-chat',
      true,
    ],
    [
      'invalid wid',
      new Error('Evaluation failed: Error: invalid wid'),
      'whatsapp:unknown-chat',
      true,
    ],
    ['no chat found', new WhatsAppUnknownChatError(), 'whatsapp:unknown-chat', true],
    [
      'a closed session',
      new Error(
        'Protocol error (Runtime.callFunctionOn): Session closed. Most likely the page has been closed.',
      ),
      'whatsapp:disconnected',
      false,
    ],
    ['a closed target', new Error('Protocol error: Target closed'), 'whatsapp:disconnected', false],
    [
      'a navigated page',
      new Error('Execution context was destroyed, most likely because of a navigation.'),
      'whatsapp:disconnected',
      false,
    ],
    [
      'no page yet',
      new TypeError("Cannot read properties of null (reading 'evaluate')"),
      'whatsapp:disconnected',
      false,
    ],
    ['not connected', new WhatsAppNotReadyError(), 'whatsapp:disconnected', false],
    ['anything else', new Error('Evaluation failed: something new'), 'whatsapp:send-failed', false],
    ['a thrown string', 'auth timeout', 'whatsapp:send-failed', false],
  ])('maps %s to %s (permanent: %s)', (_name, error, reason, permanent) => {
    const mapped = toChannelSendError(error);
    expect(mapped).toBeInstanceOf(ChannelSendError);
    expect(mapped).toMatchObject({
      channel: 'whatsapp',
      reason,
      permanent,
      retryAfterMs: undefined,
    });
    expect(mapped.cause).toBe(error);
  });

  it('asks for a long wait while the kill switch is on, so retries stop at once', () => {
    expect(toChannelSendError(new GovernorStoppedError('paused'))).toMatchObject({
      reason: 'whatsapp:paused',
      permanent: false,
      retryAfterMs: PAUSED_RETRY_AFTER_MS,
    });
    expect(toChannelSendError(new GovernorStoppedError('closed'))).toMatchObject({
      reason: 'whatsapp:closed',
      permanent: false,
    });
  });

  it('keeps a ChannelSendError as it is', () => {
    const error = new ChannelSendError('whatsapp', 'whatsapp:custom', { permanent: true });
    expect(toChannelSendError(error)).toBe(error);
  });
});
