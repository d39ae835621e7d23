/**
 * Client failures → the shared `ChannelSendError`, which the delivery path acts on: permanent
 * failures disable the address, the rest are retried with backoff. whatsapp-web.js has no error
 * codes (failures inside the page arrive as puppeteer "Evaluation failed: …" errors), so the
 * known messages are matched here, in one place, and only here.
 */
import { ChannelSendError } from '../errors.ts';
import { GovernorStoppedError, WhatsAppNotReadyError, WhatsAppUnknownChatError } from './errors.ts';

/**
 * While the kill switch is on, a retry is pointless for a long while; asking for more than the
 * delivery path's longest wait makes it stop at once (and a nudge job reschedules itself).
 */
export const PAUSED_RETRY_AFTER_MS = 10 * 60 * 1000;
const CLOSED_RETRY_AFTER_MS = 60 * 1000;

/** The number is not on WhatsApp (or no longer): WhatsApp Web cannot resolve it to a chat. */
const UNKNOWN_CHAT = /No LID for user|invalid wid|wid error|not a valid (?:wid|user)/iu;

/** The browser or page went away under the send: the client is reconnecting. */
const DISCONNECTED =
  /Session closed|Target closed|Protocol error|Connection closed|browser has disconnected|Execution context was destroyed|detached Frame|reading 'evaluate'/iu;

export function toChannelSendError(error: unknown): ChannelSendError {
  if (error instanceof ChannelSendError) return error;
  if (error instanceof GovernorStoppedError) {
    return error.reason === 'paused'
      ? new ChannelSendError('whatsapp', 'whatsapp:paused', {
          retryAfterMs: PAUSED_RETRY_AFTER_MS,
          cause: error,
        })
      : new ChannelSendError('whatsapp', 'whatsapp:closed', {
          retryAfterMs: CLOSED_RETRY_AFTER_MS,
          cause: error,
        });
  }
  if (error instanceof WhatsAppUnknownChatError) {
    return new ChannelSendError('whatsapp', 'whatsapp:unknown-chat', {
      permanent: true,
      cause: error,
    });
  }
  if (error instanceof WhatsAppNotReadyError) {
    return new ChannelSendError('whatsapp', 'whatsapp:disconnected', { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  if (UNKNOWN_CHAT.test(message)) {
    return new ChannelSendError('whatsapp', 'whatsapp:unknown-chat', {
      permanent: true,
      cause: error,
    });
  }
  if (DISCONNECTED.test(message)) {
    return new ChannelSendError('whatsapp', 'whatsapp:disconnected', { cause: error });
  }
  return new ChannelSendError('whatsapp', 'whatsapp:send-failed', { cause: error });
}
