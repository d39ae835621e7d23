import type { ChannelName } from '../src/messages/index.ts';

/**
 * A platform refused or failed to take a message. `retryAfterMs` is the platform's own wait
 * (Telegram's `retry_after`, an HTTP Retry-After); `permanent` means retrying cannot help (the
 * person blocked the bot, the chat no longer exists) and the address should be disabled.
 * Messages carry codes and ids, never the reply's text.
 */
export class ChannelSendError extends Error {
  readonly channel: ChannelName;
  readonly retryAfterMs: number | undefined;
  readonly permanent: boolean;
  /** A short machine reason such as "telegram:403", stored when the address is disabled. */
  readonly reason: string;

  constructor(
    channel: ChannelName,
    reason: string,
    options: { retryAfterMs?: number; permanent?: boolean; cause?: unknown } = {},
  ) {
    super(`${channel} send failed (${reason})`, { cause: options.cause });
    this.name = 'ChannelSendError';
    this.channel = channel;
    this.reason = reason;
    this.retryAfterMs = options.retryAfterMs;
    this.permanent = options.permanent ?? false;
  }
}
