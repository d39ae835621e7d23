import type { Knowledge } from '../../../knowledge/index.ts';
import type { Logger } from '../../logger/index.ts';
import type { EngineObserver } from '../observer.ts';
import type { Step } from '../step.ts';

/**
 * Step 3: before any limit, command or retrieval. A person in crisis gets warm words and human
 * help first — never a refusal, never verse advice. The event is logged by category only.
 */
export function safetyGate(
  knowledge: Knowledge,
  logger: Logger,
  options: { defaultRegion: string | undefined; observer?: EngineObserver | undefined },
): Step {
  return async function safetyGateStep(turn, next) {
    const outcome = knowledge.assessSafety(turn.message.text, {
      userRegion: turn.userRegion,
      channelRegion: turn.message.region,
      fallbackRegion: options.defaultRegion,
    });
    turn.language = outcome.assessment.language;
    if (!outcome.crisis) return next();
    options.observer?.onSafetyEvent?.({
      categories: outcome.assessment.categories,
      channel: turn.message.channel,
    });
    logger.warn(
      {
        event: 'safety.crisis',
        categories: outcome.assessment.categories,
        language: outcome.assessment.language,
        region: outcome.region,
        channel: turn.message.channel,
        userId: turn.userId,
      },
      'crisis reply sent',
    );
    return {
      parts: outcome.parts,
      meta: {
        safety: 'crisis',
        composer: 'safety',
        citations: [],
        retrieved: [],
        flags: outcome.assessment.categories.map((category) => `crisis:${category}`),
        userId: turn.userId,
      },
    };
  };
}
