/**
 * `/journey …`: a thin parser over the journeys feature (src/journeys). Quick replies send the
 * same commands back as their payloads, so tapping and typing take one path.
 */
import type {
  JourneyContext,
  JourneyLanguage,
  JourneyReply,
  Journeys,
} from '../../journeys/index.ts';
import { JOURNEY_WORDS, journeyLanguageFor } from '../../journeys/index.ts';
import type { User, UserStore } from '../../stores/index.ts';
import type { EngineReply, Turn } from '../turn.ts';
import { commandReply } from '../turn.ts';

const NEEDS_CONVERSATION: Record<JourneyLanguage, string> = {
  en: 'Journeys need a conversation that continues (in the terminal, start it with --user).',
  hi: 'यात्रा के लिए ऐसी बातचीत चाहिए जो आगे चलती रहे (टर्मिनल में --user के साथ शुरू कीजिए)।',
};

function journeyLanguage(turn: Turn, user: User | undefined): JourneyLanguage {
  return journeyLanguageFor(turn.language, user?.settings.locale ?? turn.message.locale);
}

/** The person's clock, zone and language for the journeys feature. */
export async function journeyContext(
  users: UserStore,
  turn: Turn,
  userId: string,
): Promise<JourneyContext> {
  const user = await users.get(userId);
  return {
    userId,
    now: turn.message.receivedAt,
    timeZone: user?.settings.timeZone ?? turn.message.timeZone,
    language: journeyLanguage(turn, user),
  };
}

export async function journeyCommand(
  journeys: Journeys,
  users: UserStore,
  turn: Turn,
  argument: string,
): Promise<EngineReply> {
  const userId = turn.userId;
  if (userId === undefined) {
    return commandReply([
      { type: 'text', text: NEEDS_CONVERSATION[journeyLanguage(turn, undefined)] },
    ]);
  }
  const context = await journeyContext(users, turn, userId);
  const [sub = '', ...rest] = argument.trim().split(/\s+/u);
  const target = rest.join(' ');
  return toEngineReply(await run(journeys, context, sub.toLowerCase(), target));
}

function run(
  journeys: Journeys,
  context: JourneyContext,
  sub: string,
  target: string,
): Promise<JourneyReply> | JourneyReply {
  switch (sub) {
    case '':
    case 'list':
      return journeys.overview(context);
    case 'start':
      return target === '' ? journeys.overview(context) : journeys.start(context, target, false);
    case 'switch':
      return target === '' ? journeys.overview(context) : journeys.start(context, target, true);
    case 'pause':
      return journeys.pause(context);
    case 'resume':
      return journeys.resume(context);
    case 'stop':
      return journeys.stop(context);
    case 'today':
      return journeys.today(context);
    case 'done': {
      if (target === '') return journeys.complete(context);
      const day = Number(target);
      return Number.isInteger(day) ? journeys.complete(context, day) : usage(context.language);
    }
    default:
      return usage(context.language);
  }
}

function usage(language: JourneyLanguage): JourneyReply {
  return { parts: [{ type: 'text', text: JOURNEY_WORDS[language].usage }], citations: [] };
}

export function toEngineReply(reply: JourneyReply, flags: readonly string[] = []): EngineReply {
  return {
    parts: reply.parts,
    meta: {
      safety: 'none',
      composer: 'command',
      citations: reply.citations,
      retrieved: [],
      flags,
    },
  };
}
