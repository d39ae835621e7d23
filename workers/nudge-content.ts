/**
 * What a nudge says, in two steps. `choose` picks the day's content by reference: the journey day
 * when the person follows one (the journeys issue implements `NudgeContentSource`), otherwise a
 * verse of the day, chosen per person without repeats until every verse has been given once (the
 * cycle is stored, so restarts change nothing). `render` builds the Reply from that reference,
 * from the journey file and the corpus. The web widget's pending nudge keeps only the reference
 * and is rendered when the widget opens.
 */
import { createHash } from 'node:crypto';
import type { Knowledge } from '../knowledge/index.ts';
import type { Reply } from '../src/messages/index.ts';
import type { NudgeContentRef, NudgeStore, User } from '../src/stores/index.ts';

export interface NudgeContentSource {
  /** The journey day a nudge on this local date carries, or null when they follow none. */
  journeyDay(userId: string, localDate: string): Promise<JourneyDayRef | null>;
  /** That day's card, or null when the journey or the day no longer exists. */
  journeyCard(userId: string, day: JourneyDayRef): Promise<Reply | null>;
}

export interface JourneyDayRef {
  readonly journeyId: string;
  readonly day: number;
}

export interface NudgeContent {
  choose(user: User, localDate: string): Promise<NudgeContentRef>;
  /** `localDate`: the nudge's day, for the verse of the day if a journey day has gone. */
  render(user: User, content: NudgeContentRef, localDate: string): Promise<Reply>;
}

const LEAD_IN = {
  en: "Good day. Here is today's verse for you to sit with for a moment:",
  hi: 'नमस्ते। आज का श्लोक, कुछ पल इसके साथ ठहरने के लिए:',
} as const;

const CLOSING = {
  en: 'Reply with a thought if you like. /remind off stops these.',
  hi: 'चाहें तो अपना विचार लिखिए। /remind off से ये संदेश बंद होंगे।',
} as const;

/**
 * A per-person, per-cycle order of every verse: a Fisher–Yates shuffle driven by a small PRNG
 * (sfc32) seeded from SHA-256 of user and cycle, so the same (user, cycle) always gives the same
 * order. One hash per call, not one per verse: hashing all 701 refs cost ~5 ms of CPU per nudge,
 * most of the pipeline's time at 100 000 nudges. The order is never stored (the cycle's given
 * refs are), so no repeat within a cycle depends on which order function made it.
 */
export function verseOrder(refs: readonly string[], userId: string, cycle: number): string[] {
  const seed = createHash('sha256').update(`${userId}:${cycle}`).digest();
  const next = sfc32(
    seed.readUInt32BE(0),
    seed.readUInt32BE(4),
    seed.readUInt32BE(8),
    seed.readUInt32BE(12),
  );
  const order = [...refs];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Small Fast Counter PRNG (Chris Doty-Humphrey's sfc32): a float in [0, 1) per call. */
function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  };
}

export function createNudgeContent(deps: {
  readonly knowledge: Pick<Knowledge, 'corpus' | 'lookup'>;
  readonly nudges: Pick<NudgeStore, 'verseOfDay'>;
  readonly journeys?: NudgeContentSource;
}): NudgeContent {
  const refs = deps.knowledge.corpus.verses.map((verse) => verse.ref);

  async function verseOfDay(user: User, localDate: string): Promise<string> {
    const { ref } = await deps.nudges.verseOfDay(user.id, localDate, (cycle) =>
      verseOrder(refs, user.id, cycle),
    );
    return ref;
  }

  function verseReply(user: User, ref: string): Reply {
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
  }

  return {
    async choose(user, localDate) {
      const day = await deps.journeys?.journeyDay(user.id, localDate);
      if (day != null) return { kind: 'journey', journeyId: day.journeyId, day: day.day };
      return { kind: 'verse', ref: await verseOfDay(user, localDate) };
    },
    async render(user, content, localDate) {
      if (content.kind === 'verse') return verseReply(user, content.ref);
      const card = await deps.journeys?.journeyCard(user.id, content);
      if (card != null) return card;
      // The journey file was removed after the day was chosen: that day's verse instead.
      return verseReply(user, await verseOfDay(user, localDate));
    },
  };
}
