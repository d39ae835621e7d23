/**
 * An in-process copy of a small vector collection, read from Chroma at start-up. Chroma stays
 * the store of record (it embeds, persists and serves larger collections), but for the 701
 * verses a brute-force scan here takes a few hundredths of a millisecond, while a query over
 * HTTP to Chroma costs several milliseconds of its CPU and ours on every message — the largest
 * single cost on the answer path when measured under load.
 */
import type { VectorSearch } from './hybrid-retriever.ts';
import { unitVector } from './word-vectors.ts';

export function createVectorMirror(
  ids: readonly string[],
  embeddings: readonly ArrayLike<number>[],
): VectorSearch {
  const dimensions = embeddings[0]?.length ?? 0;
  const matrix = new Float32Array(ids.length * dimensions);
  embeddings.forEach((embedding, row) => {
    matrix.set(unitVector(Float32Array.from(embedding)), row * dimensions);
  });
  return {
    nearestVerses(vector, limit) {
      const query = unitVector(vector);
      const scores = new Float32Array(ids.length);
      for (let row = 0; row < ids.length; row++) {
        let dot = 0;
        const offset = row * dimensions;
        for (let d = 0; d < dimensions; d++) dot += matrix[offset + d]! * query[d]!;
        scores[row] = dot;
      }
      const order = Array.from(scores.keys()).sort((a, b) => scores[b]! - scores[a]!);
      return Promise.resolve(order.slice(0, limit).map((row) => ids[row]!));
    },
  };
}
