/**
 * Per-IP limit on the widget API (session, messages, file links): rate-limiter-flexible in
 * memory, or in Redis when a client is given so several instances share one budget. The
 * per-person limit is the engine's own; this one stops one address from minting sessions or
 * flooding the engine. Behind a proxy, `trust proxy` (TRUST_PROXY) must be on for `req.ip` to be
 * the visitor's address rather than the proxy's.
 */
import type { RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { ChannelLog } from '../channel.ts';
import { sendError } from './http-errors.ts';

export interface IpLimitOptions {
  readonly pointsPerMinute: number;
  /** Shared counters across instances (production); memory when absent. */
  readonly redis?: Redis;
}

export function createIpLimiter(options: IpLimitOptions): RateLimiterAbstract {
  const settings = {
    points: options.pointsPerMinute,
    duration: 60,
    keyPrefix: 'sarathi:widget-ip',
  };
  return options.redis === undefined
    ? new RateLimiterMemory(settings)
    : new RateLimiterRedis({ ...settings, storeClient: options.redis });
}

export function limitByIp(
  limiter: RateLimiterAbstract,
  logger: () => ChannelLog | undefined,
): RequestHandler {
  return async function ipLimit(req, res, next) {
    const key = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        sendError(res, 429, 'rate_limited', 'Too many requests from here; please pause.', seconds);
        return;
      }
      // A failing limiter store must not take the widget down with it; the engine still
      // limits each person.
      logger()?.warn({ err: rejection, channel: 'web' }, 'widget IP limiter unavailable');
    }
    next();
  };
}
