/**
 * Safety: the crisis gate that runs before any verse is retrieved, the scripture-misuse guard,
 * the helplines, and the replies for both.
 */
export { assessCrisis } from './assess-crisis.ts';
export { assessMisuse } from './assess-misuse.ts';
export { detectLanguage } from './detect-language.ts';
export { loadHelplines, HELPLINE_KINDS, HELPLINE_ORDER_KEYS } from './helplines.ts';
export type {
  Helpline,
  HelplineDirectory,
  Helplines,
  HelplineKind,
  HelplineOrderKey,
  RegionHelplines,
} from './helplines.ts';
export { composeCrisisReply } from './compose-crisis-reply.ts';
export type { CrisisReplyInput } from './compose-crisis-reply.ts';
export { composeMisuseReply } from './compose-misuse-reply.ts';
export type { MisuseReply, MisuseReplyOptions } from './compose-misuse-reply.ts';
export { resolveRegion } from './resolve-region.ts';
export type { RegionHints } from './resolve-region.ts';
export { normalizeText } from './normalize.ts';
export { HelplinesFileError, SafetyLexiconError } from './errors.ts';
export { modelStats, SafetyTrainingDataError, warmSafetyClassifier } from './classifier/index.ts';
export type { ModelStats } from './classifier/index.ts';
export { CRISIS_CATEGORIES, LANGUAGES, MISUSE_KINDS } from './types.ts';
export type {
  CrisisAssessment,
  CrisisCategory,
  CrisisConcern,
  Language,
  MisuseAssessment,
  MisuseKind,
} from './types.ts';
