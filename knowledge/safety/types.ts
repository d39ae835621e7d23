/**
 * What the safety gate and the misuse guard decide about one message. The gate runs before any
 * verse is retrieved; a crisis answer is human help first, never scripture.
 */

/** The language a person wrote in, which is also the language we answer in. */
export type Language = 'en' | 'hi' | 'hinglish';

export const LANGUAGES: readonly Language[] = ['en', 'hi', 'hinglish'];

export type CrisisCategory =
  | 'suicidal'
  | 'self-harm'
  | 'overdose'
  | 'harm-others'
  | 'abuse-danger'
  | 'scripture-misuse-suicide';

export const CRISIS_CATEGORIES: readonly CrisisCategory[] = [
  'suicidal',
  'self-harm',
  'overdose',
  'harm-others',
  'abuse-danger',
  'scripture-misuse-suicide',
];

/**
 * Whom the crisis reply should help. `self`: the writer is at risk, or is the one who might
 * hurt someone. `other`: the writer is worried about someone else (a friend who wants to die, a
 * child being abused); the reply helps them help that person.
 */
export type CrisisConcern = 'self' | 'other';

export interface CrisisAssessment {
  readonly level: 'crisis' | 'none';
  /** Every category that matched, in the order of `CRISIS_CATEGORIES`; empty when `none`. */
  readonly categories: readonly CrisisCategory[];
  readonly language: Language;
  /** Present only on a crisis. */
  readonly concern?: CrisisConcern;
  /** Present only on a crisis: a child is named as the one being hurt, so child lines go first. */
  readonly childAtRisk?: boolean;
}

export type MisuseKind = 'harm-others' | 'superiority' | 'faith-contempt' | 'stop-treatment';

export const MISUSE_KINDS: readonly MisuseKind[] = [
  'harm-others',
  'superiority',
  'faith-contempt',
  'stop-treatment',
];

export interface MisuseAssessment {
  readonly misuse: boolean;
  /** Present only when `misuse` is true. */
  readonly kind?: MisuseKind;
}
