/**
 * Stratified k-fold cross-validation on the training files: every example is scored by a model
 * that never saw it, and the gate's figures (rules OR model) are read from those scores. This is
 * how the thresholds were chosen; the held-out evaluation set is never used for that.
 */
import { seededRandom } from './logistic.ts';
import type { TrainOptions } from './logistic.ts';
import { classifyVector, trainOnPrepared, TRAINING_OPTIONS } from './model.ts';
import type { Classification, PreparedExamples } from './model.ts';

/**
 * The fold of each example. Each stratum (language, label, category) is shuffled with a fixed
 * seed and dealt round-robin, so every fold holds its share of each language and category.
 */
export function stratifiedFolds(prepared: PreparedExamples, k: number, seed = 11): Int32Array {
  const strata = new Map<string, number[]>();
  prepared.examples.forEach((e, n) => {
    const key = `${e.language}|${e.label}|${e.category}`;
    const rows = strata.get(key);
    if (rows === undefined) strata.set(key, [n]);
    else rows.push(n);
  });
  const folds = new Int32Array(prepared.examples.length);
  const next = seededRandom(seed);
  let deal = 0;
  for (const key of [...strata.keys()].sort()) {
    const rows = strata.get(key) ?? [];
    for (let i = rows.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      const t = rows[i] ?? 0;
      rows[i] = rows[j] ?? 0;
      rows[j] = t;
    }
    // Continue dealing where the last stratum stopped, so small strata do not all start at 0.
    for (const n of rows) {
      folds[n] = deal % k;
      deal += 1;
    }
  }
  return folds;
}

/** What a model that never saw the example made of it. */
export type HeldOutScore = Classification;

export function heldOutScores(
  prepared: PreparedExamples,
  k = 5,
  options: TrainOptions = TRAINING_OPTIONS,
): HeldOutScore[] {
  const folds = stratifiedFolds(prepared, k);
  const scores: HeldOutScore[] = new Array<HeldOutScore>(prepared.examples.length);
  for (let fold = 0; fold < k; fold += 1) {
    const train: number[] = [];
    const test: number[] = [];
    folds.forEach((f, n) => (f === fold ? test : train).push(n));
    const model = trainOnPrepared(prepared, train, options);
    for (const n of test) {
      const x = prepared.vectors[n];
      if (x !== undefined) scores[n] = classifyVector(model, x);
    }
  }
  return scores;
}

/** The rules' verdict on one example, and whether they recognised its words and let it pass. */
export interface RulesVerdict {
  /** Too few words for the model to judge (see `tooShortToJudge`): the rules decide alone. */
  readonly tooShort: boolean;
  readonly crisis: boolean;
  readonly crisisRecognised: boolean;
  readonly misuse: boolean;
  readonly misuseRecognised: boolean;
}

export interface Thresholds {
  readonly crisis: number;
  readonly crisisRecognised: number;
  readonly misuse: number;
  readonly misuseRecognised: number;
}

export interface GateDecision {
  readonly crisis: boolean;
  readonly misuse: boolean;
}

/** The same decision the gate makes, on held-out scores. Misuse is asked only of non-crises. */
export function decide(
  rules: RulesVerdict,
  score: HeldOutScore | undefined,
  thresholds: Thresholds | undefined,
): GateDecision {
  const byModel = (p: number | undefined, t: number): boolean =>
    thresholds !== undefined && !rules.tooShort && p !== undefined && p >= t;
  const crisis =
    rules.crisis ||
    byModel(
      score?.crisis,
      rules.crisisRecognised
        ? Math.max(thresholds?.crisisRecognised ?? 2, thresholds?.crisis ?? 2)
        : (thresholds?.crisis ?? 2),
    );
  const misuse =
    !crisis &&
    (rules.misuse ||
      byModel(
        score?.misuse,
        rules.misuseRecognised
          ? Math.max(thresholds?.misuseRecognised ?? 2, thresholds?.misuse ?? 2)
          : (thresholds?.misuse ?? 2),
      ));
  return { crisis, misuse };
}

export interface Rates {
  readonly crises: number;
  readonly crisisRecall: number;
  readonly misuses: number;
  /** Misuse examples flagged as misuse, or as a crisis (the gate answers them either way). */
  readonly misuseRecall: number;
  readonly nones: number;
  /** `none` examples flagged as a crisis. */
  readonly crisisFalseAlarm: number;
  /** `none` examples flagged as misuse. */
  readonly misuseFalseAlarm: number;
}

function ratio(count: number, total: number): number {
  return total === 0 ? Number.NaN : count / total;
}

/** Gate figures over the examples at `rows`; `thresholds` undefined means rules alone. */
export function gateRates(
  prepared: PreparedExamples,
  scores: readonly HeldOutScore[],
  rules: readonly RulesVerdict[],
  thresholds: Thresholds | undefined,
  rows: readonly number[],
): Rates {
  let crises = 0;
  let caught = 0;
  let misuses = 0;
  let misuseCaught = 0;
  let nones = 0;
  let crisisAlarms = 0;
  let misuseAlarms = 0;
  for (const n of rows) {
    const example = prepared.examples[n];
    const verdict = rules[n];
    if (example === undefined || verdict === undefined) continue;
    const decision = decide(verdict, scores[n], thresholds);
    if (example.label === 'crisis') {
      crises += 1;
      if (decision.crisis) caught += 1;
    } else if (example.label === 'misuse') {
      misuses += 1;
      if (decision.misuse || decision.crisis) misuseCaught += 1;
    } else {
      nones += 1;
      if (decision.crisis) crisisAlarms += 1;
      if (decision.misuse) misuseAlarms += 1;
    }
  }
  return {
    crises,
    crisisRecall: ratio(caught, crises),
    misuses,
    misuseRecall: ratio(misuseCaught, misuses),
    nones,
    crisisFalseAlarm: ratio(crisisAlarms, nones),
    misuseFalseAlarm: ratio(misuseAlarms, nones),
  };
}
