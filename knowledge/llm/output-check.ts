/**
 * What a generated sentence must never do, whatever the verses: speak as Krishna or God, act
 * as a therapist or diagnose, or drift into danger (the same crisis and misuse assessments the
 * gate applies to incoming messages). Quotations are left out of the persona check: a verse
 * may say "O Arjuna" or "Me"; the guard checks those against the corpus instead.
 */
import { assessCrisis, assessMisuse } from '../safety/index.ts';
import { withoutQuotations } from './citation-guard.ts';

export type OutputViolationKind = 'persona' | 'unsafe';

const PERSONA: readonly RegExp[] = [
  // "I am Krishna", "I'm the Lord", "I am God", "I am Bhagavan".
  /\bI(?:\s+am|'m|’m)\s+(?:lord\s+|sri\s+|shri\s+)?(?:krishna|krsna|kṛṣṇa|god|the\s+lord|the\s+supreme|bhagavan|vasudeva|govinda|keshava)\b/iu,
  // "As I, the Lord…", "I, Krishna, …".
  /\bas\s+I,?\s+(?:the\s+)?(?:lord|krishna|supreme)\b/iu,
  /\bI,\s*(?:lord\s+)?(?:krishna|the\s+lord)\b/iu,
  // Speaking to the person as Krishna spoke to Arjuna, outside a quotation.
  /\b(?:my\s+dear|o|oh)\s+(?:arjuna|partha|pārtha|dhananjaya|kaunteya)\b/iu,
  // The divine capital "Me"/"My" mid-sentence: "surrender unto Me", "devoted to My".
  /\b(?:unto|to|in|on)\s+(?:Me|My)\b/u,
  /मैं\s+(?:ही\s+)?(?:कृष्ण|भगवान|ईश्वर|परमात्मा)\s+(?:हूँ|हूं)/u,
  // Acting as a clinician.
  /\bI(?:\s+am|'m|’m)\s+(?:a|your)\s+(?:therapist|counsell?or|psychologist|psychiatrist|doctor)\b/iu,
  /\byou\s+(?:have|are\s+suffering\s+from|clearly\s+have|probably\s+have|may\s+have|might\s+have)\s+(?:clinical\s+)?(?:depression|an?\s+anxiety\s+disorder|bipolar|ptsd|ocd|adhd|a\s+personality\s+disorder)\b/iu,
];

/** What is wrong with one sentence of generated prose, or `undefined` when nothing is. */
export function outputProblem(sentence: string): OutputViolationKind | undefined {
  const own = withoutQuotations(sentence);
  if (PERSONA.some((pattern) => pattern.test(own))) return 'persona';
  if (assessMisuse(sentence).misuse) return 'unsafe';
  if (assessCrisis(sentence).level === 'crisis') return 'unsafe';
  return undefined;
}
