/**
 * The journeys side of a nudge: the day's card for a person on an active journey, through the
 * engine (so the card is built from the corpus like any other reply). The nudge worker falls
 * back to a verse of the day when this returns null.
 */
import type { ConversationEngine } from '../conversation/index.ts';
import type { Reply } from '../messages/index.ts';

export interface JourneyNudgeSource {
  journeyDay(userId: string, localDate: string): Promise<Reply | null>;
}

export function journeyNudgeSource(
  engine: Pick<ConversationEngine, 'journeyDayReply'>,
  now: () => Date = () => new Date(),
): JourneyNudgeSource {
  return {
    async journeyDay(userId) {
      // The worker runs at the person's chosen minute (or up to three hours late), so "now" is
      // the moment of the nudge; the engine turns it into their local date.
      const reply = await engine.journeyDayReply(userId, now());
      return reply === null ? null : { parts: reply.parts };
    },
  };
}
