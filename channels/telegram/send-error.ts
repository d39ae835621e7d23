/**
 * What Telegram said when it refused a send → what the shared delivery should do about it.
 *
 * - 429: wait as long as Telegram asks (`parameters.retry_after`, seconds). Short waits were
 *   already retried inside the API call by `@grammyjs/auto-retry`; a 429 that gets this far
 *   asked for a longer wait, which `deliver` honours or gives up on (its own ceiling).
 * - 403 (blocked, deactivated, kicked, not allowed to start a chat) and 400 "chat not found":
 *   permanent; the address is disabled until the person writes again.
 * - Anything else (5xx, a network failure, a 400 we caused): retryable with backoff.
 */
import { GrammyError, HttpError } from 'grammy';
import { ChannelSendError } from '../errors.ts';

const PERMANENT_400 = /chat not found|user not found|peer_id_invalid/iu;

export function toChannelSendError(error: unknown): ChannelSendError {
  if (error instanceof ChannelSendError) return error;
  if (error instanceof GrammyError) {
    const code = error.error_code;
    if (code === 429) {
      const seconds = error.parameters.retry_after ?? 1;
      return new ChannelSendError('telegram', 'telegram:429', {
        retryAfterMs: seconds * 1000,
        cause: error,
      });
    }
    if (code === 403) {
      return new ChannelSendError('telegram', `telegram:403${slug(error.description)}`, {
        permanent: true,
        cause: error,
      });
    }
    if (code === 400 && PERMANENT_400.test(error.description)) {
      return new ChannelSendError('telegram', 'telegram:400-chat-not-found', {
        permanent: true,
        cause: error,
      });
    }
    return new ChannelSendError('telegram', `telegram:${code}`, { cause: error });
  }
  if (error instanceof HttpError) {
    return new ChannelSendError('telegram', 'telegram:network', { cause: error });
  }
  return new ChannelSendError('telegram', 'unexpected', { cause: error });
}

/** A stable machine reason for the address record, from Telegram's wording of a 403. */
function slug(description: string): string {
  if (/blocked by the user/iu.test(description)) return '-blocked';
  if (/user is deactivated/iu.test(description)) return '-deactivated';
  if (/kicked/iu.test(description)) return '-kicked';
  if (/can't initiate conversation/iu.test(description)) return '-not-started';
  return '';
}
