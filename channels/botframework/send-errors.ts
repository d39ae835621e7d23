/**
 * What the Bot Connector's refusals mean for delivery: 429 → wait as long as Retry-After says;
 * 403/404/410 → the person removed or blocked the bot, or the conversation is gone, so stop
 * sending there. Anything else is worth a retry. Errors carry the status code only: the SDK's
 * own error holds the request, and with it the reply's text.
 */
import { ChannelSendError } from '../errors.ts';

const GONE = new Set([403, 404, 410]);

export function toChannelSendError(error: unknown): ChannelSendError {
  if (error instanceof ChannelSendError) return error;
  const status = statusOf(error);
  if (status === undefined) {
    return new ChannelSendError('botframework', `botframework:${codeOf(error) ?? 'network'}`);
  }
  const reason = `botframework:${status}`;
  if (status === 429) {
    const retryAfterMs = retryAfterMsOf(error);
    return new ChannelSendError('botframework', reason, {
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
  }
  return new ChannelSendError('botframework', reason, { permanent: GONE.has(status) });
}

/** Retry-After in seconds or as an HTTP date; `undefined` when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/u.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function statusOf(error: unknown): number | undefined {
  const status = field(error, 'statusCode') ?? field(field(error, 'response'), 'status');
  return typeof status === 'number' && Number.isInteger(status) ? status : undefined;
}

function codeOf(error: unknown): string | undefined {
  const code = field(error, 'code');
  return typeof code === 'string' && /^[A-Z_]+$/u.test(code) ? code.toLowerCase() : undefined;
}

function retryAfterMsOf(error: unknown): number | undefined {
  const headers = field(field(error, 'response'), 'headers');
  const get = field(headers, 'get');
  let value: unknown;
  if (typeof get === 'function') {
    value = (get as (name: string) => unknown).call(headers, 'retry-after');
  } else {
    value = field(headers, 'retry-after');
  }
  return parseRetryAfter(typeof value === 'string' ? value : undefined);
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
