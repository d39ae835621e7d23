/**
 * Reading the words around a crisis match: is it negated, whose life is it about, is it a
 * sentence about the Mahabharata's people rather than the writer. All work on the token array
 * of the normalized text, where "." stands alone between sentences.
 */
import {
  AFTER_FILLERS,
  FINITE_VERBS,
  NEGATION_FILLERS,
  NEGATORS_AFTER,
  NAMED_FIGURES,
  NEGATORS_BEFORE,
  OTHER_WORDS,
  SELF_VICTIM_WORDS,
  SELF_WORDS,
  STORY_FIGURES,
  STORY_WORDS,
} from './lexicon/index.ts';
import type { Negation } from './lexicon/index.ts';
import type { CrisisConcern } from './types.ts';
import { looseWordSet } from './devanagari.ts';

const SENTENCE_END = '.';
const NEGATION_REACH = 5;
const SUBJECT_REACH = 8;

const NO_BREAKS: ReadonlySet<number> = new Set();

/** A clause that opens with one of these carries the negation on: "I would never, ever…". */
const EMPHATIC = looseWordSet(['ever', 'never', 'not', 'no', 'kabhi', 'nahi', 'कभी', 'नहीं']);

/**
 * "I would never even think about hurting myself": a negator, then only filler words. A clause
 * break (`breaks`, see `normalizeWithBreaks`) stops the search: "no, I want to die".
 */
function negatedBefore(
  tokens: readonly string[],
  first: number,
  breaks: ReadonlySet<number>,
): boolean {
  for (let i = first - 1; i >= 0 && i >= first - NEGATION_REACH; i -= 1) {
    if (breaks.has(i + 1) && !EMPHATIC.has(tokens[i + 1] ?? '')) return false;
    const token = tokens[i] ?? SENTENCE_END;
    if (token === SENTENCE_END) return false;
    if (NEGATORS_BEFORE.has(token)) return true;
    if (!NEGATION_FILLERS.has(token)) return false;
  }
  return false;
}

/** "khudkushi ke baare mein kabhi nahi socha": Hindi puts the negation after the noun. */
function negatedAfter(
  tokens: readonly string[],
  last: number,
  breaks: ReadonlySet<number>,
): boolean {
  if (FINITE_VERBS.has(tokens[last] ?? '')) return false;
  for (let i = last + 1; i < tokens.length && i <= last + NEGATION_REACH; i += 1) {
    if (breaks.has(i)) return false;
    const token = tokens[i] ?? SENTENCE_END;
    if (token === SENTENCE_END) return false;
    if (NEGATORS_AFTER.has(token)) return true;
    if (!AFTER_FILLERS.has(token)) return false;
  }
  return false;
}

export function isNegated(
  tokens: readonly string[],
  first: number,
  last: number,
  negation: Negation,
  breaks: ReadonlySet<number> = NO_BREAKS,
): boolean {
  switch (negation) {
    case 'none':
      return false;
    case 'before':
      return negatedBefore(tokens, first, breaks);
    case 'after':
      return negatedAfter(tokens, last, breaks);
    case 'both':
      return negatedBefore(tokens, first, breaks) || negatedAfter(tokens, last, breaks);
  }
}

/** The tokens of the sentence that holds token `index`. */
export function sentenceAround(tokens: readonly string[], index: number): readonly string[] {
  let start = index;
  while (start > 0 && tokens[start - 1] !== SENTENCE_END) start -= 1;
  let end = index;
  while (end < tokens.length - 1 && tokens[end + 1] !== SENTENCE_END) end += 1;
  return tokens.slice(start, end + 1);
}

/**
 * A sentence about the Mahabharata's people with no "I" in it is a question about the story:
 * "why did Arjuna say he would rather die than fight?" is not the writer wanting to die. Names
 * still given to children today (Arjun, Krishna) count only next to another figure or a word
 * of the story, so a friend called Arjun is still heard.
 */
export function isAboutTheStory(sentence: readonly string[]): boolean {
  let story = false;
  let named = 0;
  let context = false;
  for (const token of sentence) {
    if (SELF_WORDS.has(token)) return false;
    if (STORY_FIGURES.has(token)) story = true;
    else if (NAMED_FIGURES.has(token)) named += 1;
    else if (STORY_WORDS.has(token)) context = true;
  }
  return story || named >= 2 || (named === 1 && context);
}

const REFLEXIVE_OTHER = looseWordSet(['himself', 'herself', 'themselves']);
const REFLEXIVE_SELF = looseWordSet(['myself', 'i', 'me', 'mujhe', 'main', 'मैं', 'मुझे']);

/**
 * Whose life the match is about. The phrase's own reflexive decides first ("kill herself"),
 * then the nearest person word before it in the same sentence ("my friend said she wants to
 * die"). With nothing to go on it is the writer: most people speak of themselves.
 */
export function inferConcern(
  tokens: readonly string[],
  first: number,
  last: number,
): CrisisConcern {
  for (let i = first; i <= last; i += 1) {
    const token = tokens[i] ?? '';
    if (REFLEXIVE_OTHER.has(token)) return 'other';
    if (REFLEXIVE_SELF.has(token)) return 'self';
  }
  for (let i = first - 1; i >= 0 && i >= first - SUBJECT_REACH; i -= 1) {
    const token = tokens[i] ?? SENTENCE_END;
    if (token === SENTENCE_END) break;
    if (SELF_WORDS.has(token)) return 'self';
    if (OTHER_WORDS.has(token)) return 'other';
  }
  return 'self';
}

/** For abuse: the victim decides. "beats me" is the writer; "beats my mother" is someone else. */
export function inferVictim(tokens: readonly string[], first: number, last: number): CrisisConcern {
  for (let i = first; i <= last; i += 1) {
    if (SELF_VICTIM_WORDS.has(tokens[i] ?? '')) return 'self';
  }
  return 'other';
}
