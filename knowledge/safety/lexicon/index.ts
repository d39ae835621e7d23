/**
 * The safety lexicons as data: spellings, crisis phrases per language, exceptions, context
 * words, scripture-misuse phrases and misuse rules.
 */
export { CONTRACTIONS, PHRASE_SPELLINGS, TOKEN_SPELLINGS } from './spellings.ts';
export { MACROS } from './macros.ts';
export type {
  CrisisCombination,
  CrisisPattern,
  ExceptionPattern,
  Negation,
} from './crisis-pattern.ts';
export { CRISIS_COMBINATIONS } from './crisis-combinations.ts';
export { ENGLISH_CRISIS } from './crisis-en.ts';
export { HINDI_CRISIS } from './crisis-hi.ts';
export { HINGLISH_CRISIS } from './crisis-hinglish.ts';
export { CRISIS_EXCEPTIONS } from './crisis-exceptions.ts';
export {
  NEGATORS_BEFORE,
  NEGATION_FILLERS,
  NEGATORS_AFTER,
  AFTER_FILLERS,
  FINITE_VERBS,
  SELF_WORDS,
  OTHER_WORDS,
  SELF_VICTIM_WORDS,
  STORY_FIGURES,
  NAMED_FIGURES,
  STORY_WORDS,
} from './context-words.ts';
export { SCRIPTURE_ANCHORS, SELF_ENDING, JUSTIFYING } from './scripture-suicide.ts';
export { HINGLISH_WORDS } from './hinglish-words.ts';
export { MISUSE_RULES } from './misuse.ts';
export type { MisuseRule } from './misuse.ts';
