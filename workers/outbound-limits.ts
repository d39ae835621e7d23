/**
 * Per-channel outbound limits for nudges: the platforms' own send limits, kept on our side so a
 * minute with many people due does not turn into a wall of 429s. Policies are data; the counters
 * live in Redis (rate-limiter-flexible's RateLimiterRedis) so every worker process draws on the
 * same budget, or in memory when no Redis client is given (one process only).
 *
 * The windows are rate-limiter-flexible's fixed windows, whole seconds in Redis (its keys expire
 * with EX): a window starts at the first send after the previous one ended. A per-address limit of
 * 1 per second therefore spaces that address's sends a full second apart; a global limit of 30 per
 * second allows at most 30 in each window, and so at most 60 in a second that straddles two
 * windows (Telegram's "about 30 per second" is approximate; a 429 it sends anyway is retried by
 * the shared delivery, honouring `retry_after`).
 *
 * WhatsApp is not listed: its adapter has its own conservative governor. The web widget is not
 * listed: its nudges are pending store records, never sends.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

/** `points` sends per `seconds` (a whole number: Redis keys expire in whole seconds). */
export interface OutboundRate {
  readonly points: number;
  readonly seconds: number;
}

export interface OutboundPolicy {
  /** Across every address of the channel, shared by all worker processes. */
  readonly global?: OutboundRate;
  /** For one chat / conversation. */
  readonly perAddress?: OutboundRate;
}

/** Keyed by channel name; a channel not listed (or listed as `{}`) is not limited. */
export type OutboundPolicies = Readonly<Record<string, OutboundPolicy>>;

export const DEFAULT_OUTBOUND_POLICIES: OutboundPolicies = {
  // https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this
  telegram: { global: { points: 30, seconds: 1 }, perAddress: { points: 1, seconds: 1 } },
  // Bot Connector: 50 requests per second per bot (Teams' documented per-bot ceiling).
  botframework: { global: { points: 50, seconds: 1 } },
};

export interface OutboundLimiter {
  /** Resolves when a send to `address` on `channel` is within every limit of its policy. */
  acquire(channel: string, address: string): Promise<void>;
}

export interface OutboundLimiterOptions {
  /** Shared budget across processes; without it the counters are this process's own. */
  readonly redis?: Redis;
  /** `'none'`: no limits at all (the bench's recording stub, which stands in for no platform). */
  readonly policies?: OutboundPolicies | 'none';
  /** Separates the counters of different deployments (and of tests) in one Redis. */
  readonly keyPrefix?: string;
}

function assertRate(channel: string, rate: OutboundRate): void {
  if (!Number.isInteger(rate.points) || rate.points < 1) {
    throw new Error(`outbound limit for ${channel}: points must be a whole number ≥ 1`);
  }
  if (!Number.isInteger(rate.seconds) || rate.seconds < 1) {
    throw new Error(`outbound limit for ${channel}: seconds must be a whole number ≥ 1`);
  }
}

export function createOutboundLimiter(options: OutboundLimiterOptions = {}): OutboundLimiter {
  const policies =
    options.policies === 'none' ? {} : (options.policies ?? DEFAULT_OUTBOUND_POLICIES);
  const keyPrefix = options.keyPrefix ?? 'sarathi:outbound';
  const make = (name: string, rate: OutboundRate): RateLimiterAbstract => {
    const common = {
      points: rate.points,
      duration: rate.seconds,
      keyPrefix: `${keyPrefix}:${name}`,
    };
    return options.redis === undefined
      ? new RateLimiterMemory(common)
      : new RateLimiterRedis({ ...common, storeClient: options.redis });
  };
  const limiters = new Map<
    string,
    { global?: RateLimiterAbstract; perAddress?: RateLimiterAbstract }
  >();
  for (const [channel, policy] of Object.entries(policies)) {
    if (policy.global !== undefined) assertRate(channel, policy.global);
    if (policy.perAddress !== undefined) assertRate(channel, policy.perAddress);
    limiters.set(channel, {
      ...(policy.global === undefined ? {} : { global: make(`${channel}:all`, policy.global) }),
      ...(policy.perAddress === undefined
        ? {}
        : { perAddress: make(`${channel}:to`, policy.perAddress) }),
    });
  }

  /** True when a point was taken; otherwise waits until the window ends and says false. */
  async function take(limiter: RateLimiterAbstract, key: string): Promise<boolean> {
    try {
      await limiter.consume(key);
      return true;
    } catch (refusal) {
      // A refusal is a RateLimiterRes; anything else (Redis down) is a real error for the caller.
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      // +1: the key's TTL is rounded to the millisecond; waking a hair early just refuses again.
      await sleep(Math.max(refusal.msBeforeNext, 0) + 1);
      return false;
    }
  }

  return {
    async acquire(channel, address) {
      const limits = limiters.get(channel);
      if (limits === undefined) return;
      for (;;) {
        // The global point first: when the address then refuses, the point taken is wasted (the
        // channel sends a little less than it could), never exceeded. The reverse order would
        // hold the address's point through a global wait and let its next send come too soon.
        if (limits.global !== undefined && !(await take(limits.global, 'all'))) continue;
        if (limits.perAddress !== undefined && !(await take(limits.perAddress, address))) continue;
        return;
      }
    },
  };
}
