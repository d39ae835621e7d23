import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from '../../logger/index.ts';
import type { Step } from '../step.ts';
import { commandReply } from '../turn.ts';
import { SLOW_DOWN, wordingFor } from '../wording.ts';

/**
 * Step 4a: a per-person message budget (rate-limiter-flexible: memory in the embedded mode,
 * Redis in production). It runs after the safety gate, so a person in crisis is never refused.
 * The terminal is the operator's own and is not limited. If the limiter's store fails, the
 * message goes through: refusing people because our Redis hiccuped would be the wrong way round.
 */
export function rateLimit(limiter: RateLimiterAbstract, logger: Logger): Step {
  return async function rateLimitStep(turn, next) {
    if (turn.message.channel === 'cli') return next();
    const key = turn.userId ?? `${turn.message.channel}:${turn.message.channelUserId}`;
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof Error) {
        logger.warn({ err: rejection }, 'rate limiter unavailable; letting the message through');
        return next();
      }
      const retryMs = (rejection as { msBeforeNext?: number }).msBeforeNext ?? 60_000;
      return commandReply(
        [{ type: 'text', text: SLOW_DOWN[wordingFor(turn.language)](Math.ceil(retryMs / 1000)) }],
        ['rate_limited'],
      );
    }
    return next();
  };
}
