/**
 * Sending with the guarantees every channel shares: retries with exponential backoff that honour
 * the platform's own retry-after, and a permanent failure recorded on the address so nothing more
 * is sent there until the person writes again.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Reply } from '../src/messages/index.ts';
import type { ChannelAdapter } from './channel.ts';
import { ChannelSendError } from './errors.ts';

export interface DeliveryObserver {
  onRetry?(channel: string, reason: string): void;
  onFailure?(channel: string, kind: 'permanent' | 'exhausted'): void;
}

export interface DeliveryOptions {
  /** Records a permanent failure on the address (the store's `markAddressBlocked`). */
  readonly markBlocked: (
    channel: ChannelAdapter['name'],
    address: string,
    reason: string,
    at: Date,
  ) => Promise<unknown>;
  readonly maxAttempts?: number;
  readonly baseDelayMs?: number;
  /** A platform asking us to wait longer than this is treated as exhausted for now. */
  readonly maxDelayMs?: number;
  readonly observer?: DeliveryObserver;
  readonly wait?: (ms: number) => Promise<unknown>;
}

export type DeliveryOutcome =
  | { readonly status: 'sent'; readonly attempts: number }
  | { readonly status: 'blocked'; readonly reason: string }
  | { readonly status: 'failed'; readonly reason: string; readonly attempts: number };

export type Deliver = (
  adapter: ChannelAdapter,
  address: string,
  reply: Reply,
) => Promise<DeliveryOutcome>;

export function createDelivery(options: DeliveryOptions): Deliver {
  const maxAttempts = options.maxAttempts ?? 4;
  const baseDelayMs = options.baseDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const wait = options.wait ?? ((ms: number) => sleep(ms));

  return async function deliver(adapter, address, reply) {
    if (reply.parts.length === 0) return { status: 'sent', attempts: 0 };
    for (let attempt = 1; ; attempt++) {
      try {
        await adapter.send(address, reply);
        return { status: 'sent', attempts: attempt };
      } catch (error) {
        const failure =
          error instanceof ChannelSendError
            ? error
            : new ChannelSendError(adapter.name, 'unexpected', { cause: error });
        if (failure.permanent) {
          await options.markBlocked(adapter.name, address, failure.reason, new Date());
          options.observer?.onFailure?.(adapter.name, 'permanent');
          return { status: 'blocked', reason: failure.reason };
        }
        const delay = failure.retryAfterMs ?? baseDelayMs * 2 ** (attempt - 1);
        if (attempt >= maxAttempts || delay > maxDelayMs) {
          options.observer?.onFailure?.(adapter.name, 'exhausted');
          return { status: 'failed', reason: failure.reason, attempts: attempt };
        }
        options.observer?.onRetry?.(adapter.name, failure.reason);
        await wait(delay);
      }
    }
  };
}
