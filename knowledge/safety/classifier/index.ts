/**
 * The learned half of the safety gate: a small multinomial logistic-regression classifier over
 * hashed character and word n-grams, trained at start-up from
 * `knowledge/safety/training/*.jsonl`.
 */
export { featurize, FEATURE_BITS, FEATURE_SPACE } from './features.ts';
export type { SparseVector } from './features.ts';
export { CRISIS_KINDS } from './categories.ts';
export type { CrisisKind } from './categories.ts';
export {
  classify,
  classifyVector,
  MIN_WORDS,
  prepareExamples,
  tooShortToJudge,
  trainOnPrepared,
  trainSafetyModel,
  TRAINING_OPTIONS,
} from './model.ts';
export type { Classification, PreparedExamples, SafetyModel } from './model.ts';
export { modelStats, safetyModel, warmSafetyClassifier } from './load-model.ts';
export type { ModelStats } from './load-model.ts';
export {
  parseTrainingLines,
  readAllTrainingExamples,
  readThemeNegatives,
  readTrainingData,
  SUPPLEMENT_DIR,
  THEME_TRIGGER,
  THEMES_FILE,
  TRAINING_DIR,
} from './training-data.ts';
export type { TrainingExample, TrainingLabel } from './training-data.ts';
export {
  CRISIS_POLICY,
  CRISIS_RECOGNISED_THRESHOLD,
  CRISIS_THRESHOLD,
  MISUSE_POLICY,
  MISUSE_RECOGNISED_THRESHOLD,
  MISUSE_THRESHOLD,
} from './thresholds.ts';
export type { ThresholdPolicy } from './thresholds.ts';
export { holdsRuleVocabulary, recognisedByRules, withoutLookarounds } from './rule-vocabulary.ts';
export { SafetyTrainingDataError } from './errors.ts';
