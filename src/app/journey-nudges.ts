/**
 * The journeys side of a nudge: which day of an active journey a nudge carries, and that day's
 * card, through the engine (so the card is built from the corpus like any other reply). The
 * nudge worker falls back to a verse of the day when there is no journey day.
 */
import type { ConversationEngine } from '../conversation/index.ts';
import type { Reply } from '../messages/index.ts';

export interface JourneyNudgeSource {
  journeyDay(
    userId: string,
    localDate: string,
  ): Promise<{ readonly journeyId: string; readonly day: number } | null>;
  journeyCard(
    userId: string,
    day: { readonly journeyId: string; readonly day: number },
  ): Promise<Reply | null>;
}

export function journeyNudgeSource(
  engine: Pick<ConversationEngine, 'journeyDayOf' | 'journeyDayCard'>,
  now: () => Date = () => new Date(),
): JourneyNudgeSource {
  return {
    // The worker runs at the person's chosen minute (or up to three hours late), so "now" is
    // the moment of the nudge; the engine turns it into their local date.
    journeyDay: (userId) => engine.journeyDayOf(userId, now()),
    async journeyCard(userId, day) {
      // For a pending widget nudge "now" is when the widget opens: the "mark done" choice then
      // reflects the journey as it stands.
      const reply = await engine.journeyDayCard(userId, day, now());
      return reply === null ? null : { parts: reply.parts };
    },
  };
}
