/**
 * The one model the gate uses, trained from the training files the first time it is needed and
 * kept for the life of the process. Training from the files (rather than shipping weights)
 * means the data is the only artefact: nothing to regenerate, nothing to drift. It is
 * synchronous: reading, normalizing and training ~4,900 examples took 0.5–1.2 s of CPU on a busy
 * two-core machine (`modelStats` measures it). Call `warmSafetyClassifier` at start-up to pay
 * that before the first message and to fail loudly there if the files are broken; otherwise
 * the first message that reaches the model waits for it.
 */
import { performance } from 'node:perf_hooks';
import { prepareExamples, trainOnPrepared } from './model.ts';
import type { SafetyModel } from './model.ts';
import { readAllTrainingExamples } from './training-data.ts';

export interface ModelStats {
  /** Distinct examples trained on. */
  readonly examples: number;
  /** Reading, featurizing and training, in milliseconds. */
  readonly trainMs: number;
}

let model: SafetyModel | undefined;
let stats: ModelStats | undefined;

export function safetyModel(): SafetyModel {
  if (model !== undefined) return model;
  const started = performance.now();
  const prepared = prepareExamples(readAllTrainingExamples());
  model = trainOnPrepared(prepared);
  stats = { examples: prepared.examples.length, trainMs: performance.now() - started };
  return model;
}

/** Trains now if not yet trained; returns what it cost. */
export function warmSafetyClassifier(): ModelStats {
  safetyModel();
  return modelStats() ?? { examples: 0, trainMs: 0 };
}

export function modelStats(): ModelStats | undefined {
  return stats;
}
