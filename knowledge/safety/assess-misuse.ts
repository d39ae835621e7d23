/**
 * The misuse guard: catches requests to use the Gita against people (violence, caste or gender
 * ranking, contempt for other faiths, stopping medical treatment) so the answer layer replies
 * with context in our own words instead of retrieving verses that could be quoted as licence.
 * Runs after the crisis gate, on messages that are not a crisis.
 */
import { compileWords } from './compile-pattern.ts';
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

/** Per-message memo of pattern results: 0 not yet tested, 1 matched, 2 did not. */
const seen = new Uint8Array(PATTERNS.length);

/** Works on text already normalized by `normalizeText`. */
export function misuseOfNormalized(normalized: string): MisuseAssessment {
  seen.fill(0);
  const matches = (n: number): boolean => {
    if (seen[n] === 0) seen[n] = PATTERNS[n]?.test(normalized) === true ? 1 : 2;
    return seen[n] === 1;
  };
  for (const rule of RULES) {
    if (!rule.all.every(matches)) continue;
    if (rule.unless.some(matches)) continue;
    return { misuse: true, kind: rule.kind };
  }
  return { misuse: false };
}

export function assessMisuse(text: string): MisuseAssessment {
  return misuseOfNormalized(normalizeText(text));
}
