/**
 * L2-regularized multinomial logistic regression (softmax) on sparse vectors, trained by
 * stochastic gradient descent. Hand-written on purpose: there is no well-kept sparse
 * logistic-regression library for JavaScript, and the whole thing is a few dozen lines.
 * Deterministic: examples are visited in an order drawn from a fixed seed, so the same data
 * gives the same weights bit for bit.
 *
 * The L2 shrink is applied lazily (Bottou's trick): the weights are stored as `v` times a
 * running `scale`, so shrinking every weight is one multiplication and a step touches only the
 * features the example has.
 */
import type { SparseVector } from './features.ts';

export interface TrainOptions {
  /** Passes over the data. */
  readonly epochs: number;
  /** L2 strength per example. */
  readonly lambda: number;
  /** First step size; after `e` passes it is eta0 / (1 + e). */
  readonly eta0: number;
  /** Seed of the visiting order. */
  readonly seed: number;
  /**
   * The returned weights are the mean of this many snapshots taken evenly over the last
   * `averageEpochs` passes, not the last step's. SGD's last iterate wanders with the visiting
   * order: a message's probability moved by up to 0.35 between seeds, so adding one line of
   * data (which reshuffles the order) could flip a verdict. The mean moves by under 0.07.
   */
  readonly snapshots: number;
  readonly averageEpochs: number;
}

/** Multinomial: `weights[feature * classes + k] × scale`, one feature's classes side by side. */
export interface SoftmaxModel {
  readonly classes: number;
  readonly weights: Float32Array;
  readonly scale: number;
  readonly biases: Float64Array;
}

/** Taken once from `Math`: a global lookup per step is slow inside Jest's sandbox. */
const { exp, floor, imul, max: larger } = Math;

/** mulberry32: small, fast, and the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(count: number, next: () => number): Int32Array {
  const order = new Int32Array(count);
  for (let i = 0; i < count; i += 1) order[i] = i;
  for (let i = count - 1; i > 0; i -= 1) {
    const j = floor(next() * (i + 1));
    const t = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = t;
  }
  return order;
}

/** Below this the stored values grow large; fold the scale back in. */
const MIN_SCALE = 1e-6;

/** A class whose gradient is smaller than this gets no step for this example (see below). */
const MIN_GRADIENT = 1e-2;

export function softmaxInPlace(logits: Float64Array): void {
  let max = logits[0] ?? 0;
  for (const z of logits) if (z > max) max = z;
  let sum = 0;
  for (let k = 0; k < logits.length; k += 1) {
    const e = exp((logits[k] ?? 0) - max);
    logits[k] = e;
    sum += e;
  }
  for (let k = 0; k < logits.length; k += 1) logits[k] = (logits[k] ?? 0) / sum;
}

function softmaxLogits(
  v: Float32Array,
  scale: number,
  biases: Float64Array,
  x: SparseVector,
  into: Float64Array,
): void {
  const classes = biases.length;
  into.fill(0);
  const { indices, values } = x;
  for (let i = 0; i < indices.length; i += 1) {
    const base = (indices[i] ?? 0) * classes;
    const value = values[i] ?? 0;
    for (let k = 0; k < classes; k += 1) into[k] = (into[k] ?? 0) + (v[base + k] ?? 0) * value;
  }
  for (let k = 0; k < classes; k += 1) into[k] = (into[k] ?? 0) * scale + (biases[k] ?? 0);
}

/**
 * `ys[n]` is the class index of example `n`, in `0 … classes - 1`; feature indices are below
 * `dimension`.
 */
export function trainSoftmax(
  xs: readonly SparseVector[],
  ys: readonly number[],
  classes: number,
  dimension: number,
  options: TrainOptions,
): SoftmaxModel {
  const v = new Float32Array(dimension * classes);
  const biases = new Float64Array(classes);
  const p = new Float64Array(classes);
  const active = new Int32Array(classes);
  const sum = new Float64Array(v.length);
  const biasSum = new Float64Array(classes);
  let taken = 0;
  const steps = options.epochs * xs.length;
  const averageFrom = larger(0, steps - options.averageEpochs * xs.length);
  const every = larger(1, floor((steps - averageFrom) / larger(1, options.snapshots)));
  let scale = 1;
  let t = 0;
  const next = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (const n of shuffled(xs.length, next)) {
      const x = xs[n];
      const y = ys[n];
      if (x === undefined || y === undefined) continue;
      const eta = options.eta0 / (1 + t / xs.length);
      t += 1;
      softmaxLogits(v, scale, biases, x, p);
      softmaxInPlace(p);
      p[y] = (p[y] ?? 0) - 1;
      scale *= 1 - eta * options.lambda;
      // Only classes with a gradient worth a step: once the data is fit, most are ~0, and
      // skipping them is what keeps training within the start-up budget.
      let count = 0;
      for (let k = 0; k < classes; k += 1) {
        const g = p[k] ?? 0;
        if (g > MIN_GRADIENT || g < -MIN_GRADIENT) {
          active[count] = k;
          count += 1;
        }
      }
      const { indices, values } = x;
      for (let i = 0; i < indices.length; i += 1) {
        const base = (indices[i] ?? 0) * classes;
        const step = (eta * (values[i] ?? 0)) / scale;
        for (let a = 0; a < count; a += 1) {
          const k = active[a] ?? 0;
          v[base + k] = (v[base + k] ?? 0) - step * (p[k] ?? 0);
        }
      }
      for (let k = 0; k < classes; k += 1) biases[k] = (biases[k] ?? 0) - eta * (p[k] ?? 0);
      if (scale < MIN_SCALE) {
        for (let j = 0; j < v.length; j += 1) v[j] = (v[j] ?? 0) * scale;
        scale = 1;
      }
      if (t > averageFrom && (t - averageFrom) % every === 0) {
        for (let j = 0; j < v.length; j += 1) sum[j] = (sum[j] ?? 0) + (v[j] ?? 0) * scale;
        for (let k = 0; k < classes; k += 1) biasSum[k] = (biasSum[k] ?? 0) + (biases[k] ?? 0);
        taken += 1;
      }
    }
  }
  if (taken === 0) return { classes, weights: v, scale, biases };
  const weights = new Float32Array(v.length);
  for (let j = 0; j < v.length; j += 1) weights[j] = (sum[j] ?? 0) / taken;
  for (let k = 0; k < classes; k += 1) biases[k] = (biasSum[k] ?? 0) / taken;
  return { classes, weights, scale: 1, biases };
}

export function softmaxProbabilities(model: SoftmaxModel, x: SparseVector): Float64Array {
  const p = new Float64Array(model.classes);
  softmaxLogits(model.weights, model.scale, model.biases, x, p);
  softmaxInPlace(p);
  return p;
}
