/**
 * The categories of the training files and what the gate makes of them. Crisis categories are
 * a fixed list; misuse and `none` categories are free-form, and a misuse category is placed by
 * the words in it.
 */
import type { CrisisCategory, MisuseKind } from '../types.ts';

/** The crisis categories the training files use; finer than `CrisisCategory`. */
export const CRISIS_KINDS = [
  'suicidal-explicit',
  'suicidal-implicit',
  'self-harm',
  'overdose',
  'harm-others',
  'abuse-danger',
  'scripture-misuse-suicide',
  'other-at-risk',
] as const;

export type CrisisKind = (typeof CRISIS_KINDS)[number];

/** What the gate reports for each training category (the gate's own categories). */
export const GATE_CATEGORIES: Readonly<Record<CrisisKind, readonly CrisisCategory[]>> = {
  'suicidal-explicit': ['suicidal'],
  'suicidal-implicit': ['suicidal'],
  'self-harm': ['self-harm'],
  overdose: ['overdose'],
  'harm-others': ['harm-others'],
  'abuse-danger': ['abuse-danger'],
  // As the rules do: scripture used to justify one's own death is also suicidal.
  'scripture-misuse-suicide': ['suicidal', 'scripture-misuse-suicide'],
  'other-at-risk': ['suicidal'],
};

export function crisisKindOfCategory(category: string): CrisisKind | undefined {
  return (CRISIS_KINDS as readonly string[]).includes(category)
    ? (category as CrisisKind)
    : undefined;
}

/**
 * Misuse categories are free-form in the files ("misuse-harm", "harm-justification",
 * "caste-gender-superiority"…); the kind is read from the words in them.
 */
export function misuseKindOfCategory(category: string): MisuseKind | undefined {
  const c = category.toLowerCase();
  if (/treat|medic|doctor|drug/.test(c)) return 'stop-treatment';
  if (/faith|relig|contempt|convert/.test(c)) return 'faith-contempt';
  if (/superior|caste|gender|varna|women|inferior|rank/.test(c)) return 'superiority';
  if (/harm|violen|revenge|kill|hurt/.test(c)) return 'harm-others';
  return undefined;
}
