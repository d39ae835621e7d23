/**
 * The shape of one lexicon line. Patterns are regular expressions over the normalized text
 * (see `normalize.ts`): lowercase words separated by single spaces, "." alone between
 * sentences, Devanagari loosened. A pattern always matches whole words; `@name` stands for a
 * shared fragment from `macros.ts` so the lexicons read like phrases, not like regex soup.
 */
import type { CrisisCategory, CrisisConcern } from '../types.ts';

/**
 * Which nearby negation cancels a match.
 * - `before`: English and Hinglish-with-English order: "not suicidal", "I would never hurt myself".
 * - `after`: Hindi order, where the negation follows the noun: "khudkushi nahi karunga".
 * - `both`: nouns that occur in either order ("suicide").
 * - `none`: the phrase carries its own negation ("jeena nahi chahta", "don't want to live").
 */
export type Negation = 'before' | 'after' | 'both' | 'none';

export interface CrisisPattern {
  readonly category: CrisisCategory;
  readonly pattern: RegExp;
  /** Defaults to the lexicon's own default (English `before`, Hindi and Hinglish `both`). */
  readonly negation?: Negation;
  /** Set when the phrase itself says who is at risk; otherwise read from the words before it. */
  readonly concern?: CrisisConcern;
}

/** Phrases that look like a crisis and are not: idioms, accidents, grief for a past loss. */
export interface ExceptionPattern {
  readonly pattern: RegExp;
}

/**
 * A crisis read from several signals together rather than from one phrase: giving things away
 * and "won't need them", poison at hand and "I keep thinking about it", a child and bruises
 * every week. Each signal alone is ordinary; together they are a person in danger. Signals may
 * sit in different sentences of the message, and each must survive the same exceptions,
 * negation and battlefield check as a lexicon line.
 */
export interface CrisisCombination {
  readonly category: CrisisCategory;
  readonly signals: readonly RegExp[];
  /** How many different signals must be present; all of them when omitted. */
  readonly needed?: number;
  /** Any of these anywhere in the message means the ordinary reading wins. */
  readonly unless?: readonly RegExp[];
  /** Defaults to `before`: most signals are phrases a "not" in front would cancel. */
  readonly negation?: Negation;
  readonly concern?: CrisisConcern;
  /** The combination itself names a child at risk (child lines first). */
  readonly child?: boolean;
}
