/**
 * What a nudge says. A journey, when the person follows one, gives the day's Reply (the journeys
 * issue implements `NudgeContentSource`); otherwise a verse of the day, chosen per person without
 * repeats until every verse has been given once (the cycle is stored, so restarts change nothing).
 */
import { createHash } from 'node:crypto';
import type { Knowledge } from '../knowledge/index.ts';
import type { Reply } from '../src/messages/index.ts';
import type { NudgeStore, User } from '../src/stores/index.ts';

export interface NudgeContentSource {
  /** The journey's Reply for this person's local date, or null when they follow none. */
  journeyDay(userId: string, localDate: string): Promise<Reply | null>;
}

export type NudgeContent = (user: User, localDate: string) => Promise<Reply>;

const LEAD_IN = {
  en: "Good day. Here is today's verse for you to sit with for a moment:",
  hi: 'नमस्ते। आज का श्लोक, कुछ पल इसके साथ ठहरने के लिए:',
} as const;

const CLOSING = {
  en: 'Reply with a thought if you like. /remind off stops these.',
  hi: 'चाहें तो अपना विचार लिखिए। /remind off से ये संदेश बंद होंगे।',
} as const;

/** A per-person, per-cycle order of every verse: a stable shuffle keyed by user and cycle. */
export function verseOrder(refs: readonly string[], userId: string, cycle: number): string[] {
  return refs
    .map((ref) => ({
      ref,
      key: createHash('sha256').update(`${userId}:${cycle}:${ref}`).digest().readUInt32BE(0),
    }))
    .sort((a, b) => a.key - b.key || (a.ref < b.ref ? -1 : 1))
    .map((entry) => entry.ref);
}

export function createNudgeContent(deps: {
  readonly knowledge: Pick<Knowledge, 'corpus' | 'lookup'>;
  readonly nudges: Pick<NudgeStore, 'verseOfDay'>;
  readonly journeys?: NudgeContentSource;
}): NudgeContent {
  const refs = deps.knowledge.corpus.verses.map((verse) => verse.ref);
  return async (user, localDate) => {
    const journeyReply = await deps.journeys?.journeyDay(user.id, localDate);
    if (journeyReply != null) return journeyReply;
    const { ref } = await deps.nudges.verseOfDay(user.id, localDate, (cycle) =>
      verseOrder(refs, user.id, cycle),
    );
    const [chapter = 0, verse = 0] = ref.split('.').map(Number);
    const language = user.settings.locale?.toLowerCase().startsWith('hi') === true ? 'hi' : 'en';
    const answer = deps.knowledge.lookup({ kind: 'verse', chapter, verse, ref }, language);
    const cards = answer.parts.filter((part) => part.type === 'verse');
    // The verse card comes from the corpus through knowledge.lookup (checked character for
    // character); our own words frame it.
    return {
      parts: [
        { type: 'text', text: LEAD_IN[language] },
        ...cards,
        { type: 'text', text: CLOSING[language] },
      ],
    };
  };
}
