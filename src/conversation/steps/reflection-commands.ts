/**
 * `/reflect <text>` keeps a reflection, sealed with the person's own data key; `/reflections`
 * shows their recent ones, opened only for the person asking (the turn's own user id — there is
 * no way to name another user). The saved reflection is not echoed back, so its text travels
 * once, inbound, and leaves again only when its owner asks for it.
 */
import type { ReflectionService } from '../../reflections/index.ts';
import { commandReply, type EngineReply, type Turn } from '../turn.ts';
import {
  NEEDS_A_USER,
  NO_REFLECTIONS,
  REFLECT_SAVED,
  REFLECT_USAGE,
  REFLECTIONS_HEADING,
  wordingFor,
} from '../wording.ts';

export const REFLECTIONS_SHOWN = 5;
export const REFLECTION_SAVED_FLAG = 'reflection_saved';

/**
 * Which journey day a reflection written now belongs to, if any: the day's prompt invites the
 * person to answer with /reflect, so the answer is kept with that day.
 */
export type JourneyDayOf = (
  turn: Turn,
  userId: string,
) => Promise<{ journeyId: string; day: number } | undefined>;

export async function reflectCommand(
  reflections: ReflectionService,
  turn: Turn,
  argument: string,
  journeyDayOf?: JourneyDayOf,
): Promise<EngineReply> {
  const wording = wordingFor(turn.language);
  if (turn.userId === undefined)
    return commandReply([{ type: 'text', text: NEEDS_A_USER[wording] }]);
  if (argument.trim() === '') return commandReply([{ type: 'text', text: REFLECT_USAGE[wording] }]);
  const journeyDay = await journeyDayOf?.(turn, turn.userId);
  await reflections.write({
    userId: turn.userId,
    text: argument,
    at: turn.message.receivedAt,
    ...(journeyDay === undefined ? {} : { journeyDay }),
  });
  return commandReply([{ type: 'text', text: REFLECT_SAVED[wording] }], [REFLECTION_SAVED_FLAG]);
}

export async function reflectionsCommand(
  reflections: ReflectionService,
  turn: Turn,
): Promise<EngineReply> {
  const wording = wordingFor(turn.language);
  if (turn.userId === undefined)
    return commandReply([{ type: 'text', text: NEEDS_A_USER[wording] }]);
  const recent = await reflections.recent(turn.userId, REFLECTIONS_SHOWN);
  if (recent.length === 0) return commandReply([{ type: 'text', text: NO_REFLECTIONS[wording] }]);
  const dated = recent.map(
    (reflection) => `${dayOf(reflection.createdAt, turn.message.timeZone)} — ${reflection.text}`,
  );
  return commandReply([
    { type: 'text', text: REFLECTIONS_HEADING[wording](recent.length) },
    ...dated.map((text) => ({ type: 'text' as const, text })),
  ]);
}

/** The calendar day in the person's zone when the channel knows it, else UTC. */
function dayOf(at: Date, timeZone: string | undefined): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: timeZone ?? 'UTC' }).format(at);
  } catch {
    return at.toISOString().slice(0, 10);
  }
}
