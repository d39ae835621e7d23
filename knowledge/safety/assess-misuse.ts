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
  readonly all: readonly RegExp[];
  readonly unless: readonly RegExp[];
}

const RULES: readonly CompiledRule[] = MISUSE_RULES.map((rule) => ({
  kind: rule.kind,
  all: rule.all.map((p) => compileWords(p, { global: false })),
  unless: (rule.unless ?? []).map((p) => compileWords(p, { global: false })),
}));

/** Works on text already normalized by `normalizeText`. */
export function misuseOfNormalized(normalized: string): MisuseAssessment {
  for (const rule of RULES) {
    if (!rule.all.every((r) => r.test(normalized))) continue;
    if (rule.unless.some((r) => r.test(normalized))) continue;
    return { misuse: true, kind: rule.kind };
  }
  return { misuse: false };
}

export function assessMisuse(text: string): MisuseAssessment {
  return misuseOfNormalized(normalizeText(text));
}
