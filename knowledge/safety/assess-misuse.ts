/**
 * The misuse guard: catches requests to use the Gita against people (violence, caste or gender
 * ranking, contempt for other faiths, stopping medical treatment) so the answer layer replies
 * with context in our own words instead of retrieving verses that could be quoted as licence.
 * Runs after the crisis gate, on messages that are not a crisis. When no rule fires, the learned
 * classifier (`classifier/`) may still flag the message; a message some rule came close to and
 * let through (an honest question, a reported view) needs a much surer model (see
 * `classifier/thresholds.ts`).
 */
import {
  classify,
  MISUSE_RECOGNISED_THRESHOLD,
  MISUSE_THRESHOLD,
  safetyModel,
  tooShortToJudge,
  withoutLookarounds,
} from './classifier/index.ts';
import { compileWords, expandPattern } from './compile-pattern.ts';
import { MISUSE_RULES } from './lexicon/index.ts';
import { normalizeText } from './normalize.ts';
import type { MisuseAssessment, MisuseKind } from './types.ts';

interface CompiledRule {
  readonly kind: MisuseKind;
  /** Indexes into `PATTERNS`. */
  readonly all: readonly number[];
  readonly unless: readonly number[];
}

/**
 * Rules share their building blocks (scripture, a group, a faith…), so each distinct pattern is
 * compiled once and tested at most once per message.
 */
const PATTERNS: RegExp[] = [];
const PATTERN_INDEX = new Map<RegExp, number>();

function patternIndex(pattern: RegExp): number {
  const known = PATTERN_INDEX.get(pattern);
  if (known !== undefined) return known;
  PATTERNS.push(compileWords(pattern, { global: false }));
  PATTERN_INDEX.set(pattern, PATTERNS.length - 1);
  return PATTERNS.length - 1;
}

const RULES: readonly CompiledRule[] = MISUSE_RULES.map((rule) => ({
  kind: rule.kind,
  all: rule.all.map(patternIndex),
  unless: (rule.unless ?? []).map(patternIndex),
}));

/** Every block that lets a message through, once each. */
const UNLESS: readonly number[] = [...new Set(RULES.flatMap((rule) => rule.unless))];

/** Each block with its lookaheads and lookbehinds cut out: the words without the context. */
const LOOSE: RegExp[] = [];
for (const [pattern, n] of PATTERN_INDEX) {
  LOOSE[n] = new RegExp(`(?<![^ ])(?:${withoutLookarounds(expandPattern(pattern))})(?![^ ])`);
}
const seenLoose = new Uint8Array(PATTERNS.length);

/** Per-message memo of pattern results: 0 not yet tested, 1 matched, 2 did not. */
const seen = new Uint8Array(PATTERNS.length);

/** What the rules alone make of a message. */
export interface MisuseRulesReading {
  readonly assessment: MisuseAssessment;
  /**
   * Whether the rules recognised the message as one to let through: an honest question, a
   * reported view, the doctor's advice, grief, a question about the war's own killings (any
   * rule's `unless` block), or a rule that would have matched but for its own context checks
   * ("ahankar ko maarna": killing the ego). Asked only when needed (it may test every block),
   * and only before the next call.
   */
  readonly recognised: () => boolean;
}

/** Works on text already normalized by `normalizeText`. */
export function misuseByRules(normalized: string): MisuseRulesReading {
  seen.fill(0);
  const matches = (n: number): boolean => {
    if (seen[n] === 0) seen[n] = PATTERNS[n]?.test(normalized) === true ? 1 : 2;
    return seen[n] === 1;
  };
  const loose = (n: number): boolean => {
    if (seenLoose[n] === 0) seenLoose[n] = LOOSE[n]?.test(normalized) === true ? 1 : 2;
    return seenLoose[n] === 1;
  };
  const recognised = (): boolean => {
    seenLoose.fill(0);
    return UNLESS.some(matches) || RULES.some((rule) => rule.all.every(loose));
  };
  for (const rule of RULES) {
    if (!rule.all.every(matches)) continue;
    if (rule.unless.some(matches)) continue;
    return { assessment: { misuse: true, kind: rule.kind }, recognised: () => false };
  }
  return { assessment: { misuse: false }, recognised };
}

/** Works on text already normalized by `normalizeText`. */
export function misuseOfNormalized(normalized: string): MisuseAssessment {
  const rules = misuseByRules(normalized);
  if (rules.assessment.misuse || tooShortToJudge(normalized.split(' '))) return rules.assessment;
  const model = classify(safetyModel(), normalized);
  if (model.misuse < MISUSE_THRESHOLD) return rules.assessment;
  if (model.misuse < MISUSE_RECOGNISED_THRESHOLD && rules.recognised()) return rules.assessment;
  return { misuse: true, kind: model.misuseKind };
}

export function assessMisuse(text: string): MisuseAssessment {
  return misuseOfNormalized(normalizeText(text));
}
