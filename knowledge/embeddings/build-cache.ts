import { writeCacheFile } from './cache-file.ts';
import { readWinkSource } from './read-wink-source.ts';
import { sifWeights, zipfProbabilities } from './sif.ts';

export interface BuildCacheOptions {
  sourcePath: string;
  cachePath: string;
  maxWords: number;
  /** SIF constant used to estimate the common component stored in the cache. */
  sifA: number;
  /** Fraction of the source read, 0 … 1. */
  onProgress?: (fraction: number) => void;
}

export interface BuildCacheResult {
  words: number;
  bytes: number;
  ms: number;
}

const HAS_LETTER = /\p{L}/u;
// Local bindings: inside Jest's vm context every lookup of the global `Math` is slow enough
// to make the build five times longer.
const { abs, round } = Math;

/**
 * Estimates the common component of sentence vectors: the direction of the expected SIF-weighted
 * word vector, E[p(w) · weight(w) · v_w]. Arora et al. take the first singular vector of a
 * corpus's sentence vectors; for sentences of several words that vector is close to this mean,
 * and computing it from the vocabulary keeps the embedder independent of any corpus.
 */
function commonComponent(
  words: readonly string[],
  scales: Float32Array,
  vectors: Int8Array,
  dimensions: number,
  vocabularySize: number,
  sifA: number,
): Float32Array {
  const weights = sifWeights(words.length, vocabularySize, sifA);
  const probabilities = zipfProbabilities(words.length, vocabularySize);
  const mean = new Float64Array(dimensions);
  words.forEach((word, rank) => {
    if (!HAS_LETTER.test(word)) return;
    const w = probabilities[rank]! * weights[rank]! * scales[rank]!;
    for (let i = 0; i < dimensions; i++) mean[i]! += w * vectors[rank * dimensions + i]!;
  });
  const norm = Math.hypot(...mean);
  return Float32Array.from(mean, (x) => (norm === 0 ? 0 : x / norm));
}

/** Streams the wink source once and writes the quantized cache atomically. */
export async function buildGloveCache(options: BuildCacheOptions): Promise<BuildCacheResult> {
  const started = performance.now();
  let dimensions = 0;
  let scales = new Float32Array(0);
  let vectors = new Int8Array(0);
  const vectorWords = new Array<string>(options.maxWords);

  const { header, rankedWords, fileBytes } = await readWinkSource(options.sourcePath, {
    maxWords: options.maxWords,
    onProgress: options.onProgress,
    onVector: (word, rank, vector) => {
      if (dimensions === 0) {
        dimensions = vector.length;
        scales = new Float32Array(options.maxWords);
        vectors = new Int8Array(options.maxWords * dimensions);
      }
      // Symmetric int8 per row: the row's largest magnitude maps to 127. The rounding error
      // is at most scale/2 per component, under 1% of a typical component.
      let max = 0;
      for (let i = 0; i < dimensions; i++) {
        const magnitude = abs(vector[i]!);
        if (magnitude > max) max = magnitude;
      }
      const scale = max === 0 ? 1 : max / 127;
      scales[rank] = scale;
      const row = rank * dimensions;
      for (let i = 0; i < dimensions; i++) vectors[row + i] = round(vector[i]! / scale);
      vectorWords[rank] = word;
    },
  });

  const count = rankedWords.length;
  if (count < options.maxWords) {
    scales = scales.subarray(0, count);
    vectors = vectors.subarray(0, count * dimensions);
  }
  // The vectors are keyed by word and carry their rank; both must agree with the word list.
  const mismatch = rankedWords.findIndex((word, rank) => vectorWords[rank] !== word);
  if (mismatch !== -1) throw new Error(`word list and vectors disagree at rank ${mismatch}`);

  const component = commonComponent(
    rankedWords,
    scales,
    vectors,
    dimensions,
    header.size,
    options.sifA,
  );
  const bytes = await writeCacheFile(options.cachePath, {
    dimensions,
    sourceVocabularySize: header.size,
    sourceFileBytes: fileBytes,
    words: rankedWords,
    scales,
    component,
    vectors,
  });
  return { words: count, bytes, ms: performance.now() - started };
}
