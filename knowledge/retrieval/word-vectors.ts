/**
 * The slice of an embedder the retrieval hot path needs: a vector per known word, and a
 * sentence vector. Kept as an interface so the theme matcher does not care which embedder
 * (local GloVe today) stands behind it.
 */
export interface WordVectors {
  /** Stable id naming the embedder and its weighting; part of every vector collection name. */
  readonly id: string;
  wordVector(word: string): Float32Array | undefined;
  embedText(text: string): Float32Array | undefined;
}

export function unitVector(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm === 0) return vector;
  const unit = new Float32Array(vector.length);
  for (let i = 0; i < vector.length; i++) unit[i] = (vector[i] ?? 0) / norm;
  return unit;
}
