/**
 * The safety gate: decides, before any verse is retrieved, whether a message is a crisis.
 * Normalize once, run the phrase lexicons of every language (people mix them), drop matches
 * that an idiom, a negation or a battlefield question explains, and read whose life is at risk.
 * When no rule fires, the learned classifier (`classifier/`) has its say: phrase lists miss
 * phrasings nobody wrote down, and a model of character n-grams generalizes past them. A
 * message holding words the rules know and let through on purpose (an idiom, a negation, a
 * question about the war, a context that changes the meaning) needs a much surer model (see
 * `classifier/thresholds.ts`). Synchronous; well under a millisecond per message once the
 * model is trained (the first call trains it).
 */
import { compileWords, expandMacros, expandPattern, patternScript } from './compile-pattern.ts';
import { compileWordPattern, tokenOffsets, visitMatches } from './word-scan.ts';
import type { WordPattern } from './word-scan.ts';
import {
  inferConcern,
  inferVictim,
  isAboutTheStory,
  isNegated,
  sentenceAround,
} from './crisis-context.ts';
import { misuseByRules } from './assess-misuse.ts';
import { languageOfNormalized } from './detect-language.ts';
import { loosenDevanagari } from './devanagari.ts';
import { candidates, indexFirstWords } from './first-words.ts';
import {
  classify,
  CRISIS_RECOGNISED_THRESHOLD,
  CRISIS_THRESHOLD,
  recognisedByRules,
  safetyModel,
  tooShortToJudge,
} from './classifier/index.ts';
import {
  CRISIS_COMBINATIONS,
  CRISIS_EXCEPTIONS,
  ENGLISH_CRISIS,
  HINDI_CRISIS,
  HINGLISH_CRISIS,
  JUSTIFYING,
  MACROS,
  SCRIPTURE_ANCHORS,
  SELF_ENDING,
} from './lexicon/index.ts';
import type { CrisisCombination, CrisisPattern, Negation } from './lexicon/index.ts';
import { normalizeWithBreaks } from './normalize.ts';
import { CRISIS_CATEGORIES } from './types.ts';
import type { CrisisAssessment, CrisisCategory, CrisisConcern } from './types.ts';

interface CompiledPattern {
  readonly category: CrisisCategory;
  readonly regex: WordPattern;
  readonly negation: Negation;
  readonly concern?: CrisisConcern;
  readonly script: 'devanagari' | 'latin';
}

interface Hit {
  readonly category: CrisisCategory;
  readonly concern: CrisisConcern;
  readonly child: boolean;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

function compileLexicon(patterns: readonly CrisisPattern[], negation: Negation): CompiledPattern[] {
  return patterns.map((p) => ({
    category: p.category,
    regex: compileWordPattern(p.pattern),
    negation: p.negation ?? negation,
    ...(p.concern === undefined ? {} : { concern: p.concern }),
    script: patternScript(p.pattern),
  }));
}

const SOURCES: readonly CrisisPattern[] = [...ENGLISH_CRISIS, ...HINGLISH_CRISIS, ...HINDI_CRISIS];

const LEXICON: readonly CompiledPattern[] = [
  ...compileLexicon(ENGLISH_CRISIS, 'before'),
  ...compileLexicon(HINGLISH_CRISIS, 'both'),
  ...compileLexicon(HINDI_CRISIS, 'both'),
];
const LEXICON_INDEX = indexFirstWords(SOURCES.map((p) => expandPattern(p.pattern)));

const EXCEPTIONS: readonly RegExp[] = CRISIS_EXCEPTIONS.map((e) =>
  compileWords(e.pattern, { global: true }),
);
const EXCEPTIONS_INDEX = indexFirstWords(CRISIS_EXCEPTIONS.map((e) => expandPattern(e.pattern)));

/** Every signal of every combination, flattened so one first-word index covers them all. */
interface CompiledSignal {
  readonly rule: number;
  readonly regex: WordPattern;
}

const SIGNALS: readonly CompiledSignal[] = CRISIS_COMBINATIONS.flatMap((rule, n) =>
  rule.signals.map((p) => ({ rule: n, regex: compileWordPattern(p) })),
);
const SIGNALS_INDEX = indexFirstWords(
  CRISIS_COMBINATIONS.flatMap((rule) => rule.signals.map((p) => expandPattern(p))),
);
const UNLESS: readonly (readonly RegExp[])[] = CRISIS_COMBINATIONS.map((rule) =>
  (rule.unless ?? []).map((p) => compileWords(p, { global: false })),
);

const ANCHORS = SCRIPTURE_ANCHORS.map((p) => compileWords(p, { global: false }));
const SELF_ENDINGS = SELF_ENDING.map((p) => compileWordPattern(p));
const SELF_ENDINGS_INDEX = indexFirstWords(SELF_ENDING.map((p) => expandPattern(p)));
const FRAMES = JUSTIFYING.map((p) => compileWords(p, { global: false }));

const CHILD_WORD = new RegExp(
  `(?<![^ ])(?:${loosenDevanagari(expandMacros(MACROS.childword ?? ''))})(?![^ ])`,
);

/** "When I was a child": the writer's past, not a child at risk now. */
const CHILDHOOD_PAST =
  /(?:when i was|as) (?:a |an )?(?:child|kid|little girl|little boy|baby|minor|student)|(?:bachpan|बचपन) (?:mein|me|में)/g;

/** The writer says they are a child: "I am 14", "main 13 saal ki hu", "class 8". */
const CHILD_WRITER = new RegExp(
  loosenDevanagari(
    '(?<![^ ])(?:i am (?:only |just )?(?:a )?(?:child|kid|minor|(?:[1-9]|1[0-7])(?: (?:years old|year old|yrs old|yrs|yo))?)|(?:[1-9]|1[0-7]) saal (?:ka|ki) (?:hu|hai)|(?:[1-9]|1[0-7]) साल (?:का|की) (?:हूं|हूँ|है)|(?:class|grade|std|standard) (?:[1-9]|1[0-2]))(?![^ ])',
  ),
);

const HAS_DEVANAGARI = /[\u0900-\u097f]/;
const HAS_LATIN = /[a-z]/;

function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

function findSpans(regex: RegExp, text: string, into: Span[]): void {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    into.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) regex.lastIndex += 1;
  }
}

interface Scan {
  readonly text: string;
  readonly tokens: readonly string[];
  readonly offsets: readonly number[];
  /** Tokens that follow a comma, colon or dash: negation does not reach across them. */
  readonly breaks: ReadonlySet<number>;
  readonly exceptions: readonly Span[];
}

/**
 * The first occurrence of a pattern that survives exceptions, negation and the story check.
 * One survivor per pattern is enough to decide.
 */
function firstStanding(
  pattern: WordPattern,
  negation: Negation,
  scan: Scan,
): { first: number; last: number } | undefined {
  let found: { first: number; last: number } | undefined;
  visitMatches(pattern, scan.text, scan.tokens, scan.offsets, (start, end, first) => {
    if (overlapsAny(scan.exceptions, start, end)) return false;
    let last = first;
    for (let i = start; i < end; i += 1) if (scan.text.charCodeAt(i) === 32) last += 1;
    if (isNegated(scan.tokens, first, last, negation, scan.breaks)) return false;
    if (isAboutTheStory(sentenceAround(scan.tokens, first))) return false;
    found = { first, last };
    return true;
  });
  return found;
}

/** Anchor, self-ending and frame together (see `lexicon/scripture-suicide.ts`); rarest first. */
function scriptureMisuse(scan: Scan): boolean {
  const ending = candidates(SELF_ENDINGS_INDEX, scan.tokens).some((n) => {
    const regex = SELF_ENDINGS[n];
    return regex !== undefined && firstStanding(regex, 'both', scan) !== undefined;
  });
  if (!ending) return false;
  return ANCHORS.some((r) => r.test(scan.text)) && FRAMES.some((r) => r.test(scan.text));
}

/**
 * Combinations whose signals stand together in this message (see `lexicon/crisis-combinations.ts`).
 * Only signals whose first word occurs are run, like the lexicon lines.
 */
function combinationHits(scan: Scan): Hit[] {
  const chosen = candidates(SIGNALS_INDEX, scan.tokens);
  if (chosen.length === 0) return [];
  // A rule runs only when enough of its signals could occur at all.
  const possible = new Map<number, number>();
  for (const n of chosen) {
    const rule = SIGNALS[n]?.rule;
    if (rule !== undefined) possible.set(rule, (possible.get(rule) ?? 0) + 1);
  }
  const found = new Map<number, { count: number; first: number; last: number }>();
  for (const n of chosen) {
    const signal = SIGNALS[n];
    if (signal === undefined) continue;
    const rule: CrisisCombination | undefined = CRISIS_COMBINATIONS[signal.rule];
    if (rule === undefined) continue;
    if ((possible.get(signal.rule) ?? 0) < (rule.needed ?? rule.signals.length)) continue;
    const standing = firstStanding(signal.regex, rule.negation ?? 'before', scan);
    if (standing === undefined) continue;
    const seen = found.get(signal.rule);
    if (seen === undefined) found.set(signal.rule, { count: 1, ...standing });
    else found.set(signal.rule, { ...seen, count: seen.count + 1 });
  }
  const hits: Hit[] = [];
  for (const [n, seen] of found) {
    const rule = CRISIS_COMBINATIONS[n];
    if (rule === undefined || seen.count < (rule.needed ?? rule.signals.length)) continue;
    if ((UNLESS[n] ?? []).some((r) => r.test(scan.text))) continue;
    hits.push({
      category: rule.category,
      concern: rule.concern ?? inferConcern(scan.tokens, seen.first, seen.last),
      child: rule.child ?? false,
    });
  }
  return hits;
}

/** What the rules alone make of a message, with the normal form the model reads too. */
export interface RulesReading {
  readonly assessment: CrisisAssessment;
  readonly normalized: string;
  readonly tokens: readonly string[];
}

/** A child named as someone hurt now, not the writer's own childhood. */
function namesChild(normalized: string): boolean {
  return CHILD_WORD.test(normalized.replace(CHILDHOOD_PAST, ''));
}

/**
 * Whose abuse it is when only the model heard it, so no phrase span says: a child named by a
 * writer who is not a child is the one at risk ("my little sister… she begs me"); otherwise
 * the victim words of the whole message decide, as for a phrase.
 */
function victimOfMessage(normalized: string, tokens: readonly string[]): CrisisConcern {
  if (namesChild(normalized) && !CHILD_WRITER.test(normalized)) return 'other';
  return inferVictim(tokens, 0, tokens.length - 1);
}

function childAtRiskIn(normalized: string, concern: CrisisConcern): boolean {
  return namesChild(normalized) || (concern === 'self' && CHILD_WRITER.test(normalized));
}

export function assessCrisis(text: string): CrisisAssessment {
  const rules = crisisByRules(text);
  if (rules.assessment.level === 'crisis' || tooShortToJudge(rules.tokens)) return rules.assessment;
  const model = classify(safetyModel(), rules.normalized);
  if (model.crisis < CRISIS_THRESHOLD) return rules.assessment;
  // Words the rules know and let through on purpose, or a message the misuse guard already
  // answers ("I'm off my lithium now, the Gita is my medicine"): the model must be far surer.
  if (
    model.crisis < CRISIS_RECOGNISED_THRESHOLD &&
    (recognisedByRules(rules.normalized, rules.tokens) ||
      misuseByRules(rules.normalized).assessment.misuse)
  ) {
    return rules.assessment;
  }
  // The rules did not fire, so the model names the category and whose life it is.
  const categories = CRISIS_CATEGORIES.filter((c) => model.crisisCategories.includes(c));
  const abuse = categories.includes('abuse-danger');
  const concern: CrisisConcern = model.otherAtRisk
    ? 'other'
    : abuse
      ? victimOfMessage(rules.normalized, rules.tokens)
      : 'self';
  return {
    level: 'crisis',
    categories,
    language: rules.assessment.language,
    concern,
    childAtRisk: abuse && childAtRiskIn(rules.normalized, concern),
  };
}

export function crisisByRules(text: string): RulesReading {
  const { text: normalized, breaks } = normalizeWithBreaks(text);
  const tokens = normalized.split(' ');
  const language = languageOfNormalized(normalized, tokens);
  const devanagari = HAS_DEVANAGARI.test(normalized);
  const latin = HAS_LATIN.test(normalized);

  const exceptions: Span[] = [];
  for (const n of candidates(EXCEPTIONS_INDEX, tokens)) {
    const regex = EXCEPTIONS[n];
    if (regex !== undefined) findSpans(regex, normalized, exceptions);
  }
  const scan: Scan = {
    text: normalized,
    tokens,
    offsets: tokenOffsets(tokens),
    breaks,
    exceptions,
  };

  const hits: Hit[] = [];
  for (const n of candidates(LEXICON_INDEX, tokens)) {
    const p = LEXICON[n];
    if (p === undefined || !(p.script === 'devanagari' ? devanagari : latin)) continue;
    const found = firstStanding(p.regex, p.negation, scan);
    if (found === undefined) continue;
    const abuse = p.category === 'abuse-danger';
    const concern =
      p.concern ??
      (abuse
        ? inferVictim(scan.tokens, found.first, found.last)
        : inferConcern(scan.tokens, found.first, found.last));
    // A child named anywhere in the sentence of an abuse match puts child lines first.
    const child =
      abuse &&
      CHILD_WORD.test(
        sentenceAround(scan.tokens, found.first).join(' ').replace(CHILDHOOD_PAST, ''),
      );
    hits.push({ category: p.category, concern, child });
  }
  hits.push(...combinationHits(scan));
  if (scriptureMisuse(scan)) {
    hits.push({ category: 'scripture-misuse-suicide', concern: 'self', child: false });
    hits.push({ category: 'suicidal', concern: 'self', child: false });
  }

  if (hits.length === 0) {
    return { assessment: { level: 'none', categories: [], language }, normalized, tokens };
  }

  const found = new Set(hits.map((h) => h.category));
  const concern: CrisisConcern = hits.some((h) => h.concern === 'self') ? 'self' : 'other';
  const abusedWriterIsChild =
    found.has('abuse-danger') && concern === 'self' && CHILD_WRITER.test(normalized);
  return {
    assessment: {
      level: 'crisis',
      categories: CRISIS_CATEGORIES.filter((c) => found.has(c)),
      language,
      concern,
      childAtRisk: hits.some((h) => h.child) || abusedWriterIsChild,
    },
    normalized,
    tokens,
  };
}
