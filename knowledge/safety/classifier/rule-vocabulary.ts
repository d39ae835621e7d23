/**
 * Whether the crisis rules looked at a message's words and let it through on purpose, as
 * opposed to simply not knowing them:
 *
 * - a lexicon line matches but did not stand: the rules dropped it as negated ("I would never
 *   hurt myself"), as an idiom, or as a sentence about the war's people;
 * - a lexicon line, combination signal or self-ending phrase matches once its context checks
 *   are cut out, but not with them: the rules excluded it on purpose ("I don't want to live in
 *   this city anymore", "one last verse before I go to sleep");
 * - an exception phrase stands ("this exam is killing me", grief for a past suicide);
 * - a combination's sign stands beside that combination's ordinary reading (pesticide sprayed
 *   "on the farm", a phone taken "until the exams").
 *
 * A combination signal that stands alone does not count: the rules call it ordinary only until
 * a second sign joins it, and the model may well hear that second sign in words the rules do
 * not know ("mere pati roz daaru pee kar mujhe peetate hain" holds two signals the rules read
 * as one). When the rules let a message through on purpose their tests pin that choice down,
 * and the model, which hears the same crisis words without the context, must be far surer to
 * overrule them (see `thresholds.ts`).
 */
import { compileWords, expandPattern } from '../compile-pattern.ts';
import { isAboutTheStory } from '../crisis-context.ts';
import { candidates, indexFirstWords } from '../first-words.ts';
import {
  CRISIS_COMBINATIONS,
  CRISIS_EXCEPTIONS,
  ENGLISH_CRISIS,
  HINDI_CRISIS,
  HINGLISH_CRISIS,
  JUSTIFYING,
  SCRIPTURE_ANCHORS,
  SELF_ENDING,
} from '../lexicon/index.ts';

/**
 * The context checks that say "not here": negative lookarounds, and lookaheads that ask for
 * what must follow ("live" only before "anymore", not "in this city"). A lookbehind that asks
 * who is speaking ("I will … make him pay") stays: without it the words are not the rules'
 * phrase at all, and a message that misses it is one the rules did not foresee, not one they
 * let through.
 */
const CONTEXT_CHECKS = ['(?=', '(?!', '(?<!'];

/** Index just past the group that opens at `start` ("(" … ")"), minding escapes and classes. */
function groupEnd(src: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < src.length; i += 1) {
    const c = src[i];
    if (c === '\\') {
      i += 1;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth += 1;
    else if (c === ')') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return src.length;
}

/** The pattern's source with its "not here" context checks cut out (see `CONTEXT_CHECKS`). */
export function withoutLookarounds(src: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i += 1) {
    const c = src[i] ?? '';
    if (c === '\\') {
      out += c + (src[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') inClass = true;
    if (c === '(' && CONTEXT_CHECKS.some((l) => src.startsWith(l, i))) {
      i = groupEnd(src, i) - 1;
      continue;
    }
    out += c;
  }
  return out;
}

/** Whole words of the normalized text, like the rules' own patterns. */
function words(source: string): RegExp {
  return new RegExp(`(?<![^ ])(?:${source})(?![^ ])`);
}

interface Phrase {
  readonly strict: RegExp;
  /** Source of `loose` before it is anchored to whole words, for the first-word index. */
  readonly looseSource: string;
  readonly loose: RegExp;
  /** Whether a strict match that did not make the rules fire was dropped on purpose. */
  readonly strictCounts: boolean;
}

function phrases(patterns: readonly RegExp[], strictCounts: boolean): Phrase[] {
  return patterns.map((pattern) => {
    const source = expandPattern(pattern);
    const looseSource = withoutLookarounds(source);
    return { strict: words(source), looseSource, loose: words(looseSource), strictCounts };
  });
}

const PHRASES: readonly Phrase[] = [
  ...phrases(
    [...ENGLISH_CRISIS, ...HINGLISH_CRISIS, ...HINDI_CRISIS].map((p) => p.pattern),
    true,
  ),
  ...phrases(
    CRISIS_COMBINATIONS.flatMap((rule) => rule.signals),
    false,
  ),
  ...phrases(SELF_ENDING, false),
  ...phrases(
    CRISIS_EXCEPTIONS.map((e) => e.pattern),
    true,
  ),
];
const PHRASE_INDEX = indexFirstWords(PHRASES.map((p) => p.looseSource));

/** Each combination's signals and its "the ordinary reading wins" patterns. */
const COMBINATIONS = CRISIS_COMBINATIONS.filter((rule) => (rule.unless ?? []).length > 0).map(
  (rule) => ({
    signals: rule.signals.map((p) => compileWords(p, { global: false })),
    unless: (rule.unless ?? []).map((p) => compileWords(p, { global: false })),
  }),
);

/**
 * Works on the normalized text and its tokens (see `normalizeText`) of a message on which the
 * rules did not fire.
 */
export function holdsRuleVocabulary(normalized: string, tokens: readonly string[]): boolean {
  const phrase = candidates(PHRASE_INDEX, tokens).some((n) => {
    const p = PHRASES[n];
    if (p === undefined || !p.loose.test(normalized)) return false;
    return p.strictCounts || !p.strict.test(normalized);
  });
  // A combination's sign with its ordinary reading beside it: pesticide "on the farm".
  return (
    phrase ||
    COMBINATIONS.some(
      (rule) =>
        rule.unless.some((r) => r.test(normalized)) && rule.signals.some((r) => r.test(normalized)),
    )
  );
}

const ANCHORS = SCRIPTURE_ANCHORS.map((p) => compileWords(p, { global: false }));
const FRAMES = JUSTIFYING.map((p) => compileWords(p, { global: false }));

/**
 * The rules looked at this message and chose to let it through: it holds their words (see
 * above); it speaks only of the Mahabharata's people and never of the writer; or it leans on
 * scripture with a "so" (the soul, the body as clothing) but ends nobody's life, which the
 * rules call ordinary Gita talk ("the body is like clothing, so why do I fear ageing?").
 */
export function recognisedByRules(normalized: string, tokens: readonly string[]): boolean {
  return (
    isAboutTheStory(tokens) ||
    holdsRuleVocabulary(normalized, tokens) ||
    (ANCHORS.some((r) => r.test(normalized)) && FRAMES.some((r) => r.test(normalized)))
  );
}
