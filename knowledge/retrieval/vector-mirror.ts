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
      // The best `limit` rows, best first; a tie keeps the earlier row first, as a stable sort
      // of every row by score would. Scores are rounded to float32 as they always were, so
      // ties and order are the same as ranking all rows and cutting the list.
      const best: number[] = [];
      const bestScores: number[] = [];
      for (let row = 0; row < ids.length; row++) {
        const score = Math.fround(rowDot(matrix, row * dimensions, query, dimensions));
        if (best.length === limit && !(score > bestScores[limit - 1]!)) continue;
        let at = best.length;
        while (at > 0 && score > bestScores[at - 1]!) at--;
        best.splice(at, 0, row);
        bestScores.splice(at, 0, score);
        if (best.length > limit) {
          best.pop();
          bestScores.pop();
        }
      }
      return Promise.resolve(best.map((row) => ids[row]!));
    },
  };
}

/**
 * One row's dot product with the query, in four running sums: each sum waits only for its own
 * last addition, so the processor overlaps them (one sum chained every addition of 701 rows × 100 dimensions and was
 * the retriever's single largest cost). Products of two float32 values are exact in float64;
 * only the order of the additions differs from a plain loop, far below float32's rounding.
 */
function rowDot(
  matrix: Float32Array,
  offset: number,
  query: Float32Array,
  dimensions: number,
): number {
  let a = 0;
  let b = 0;
  let c = 0;
  let e = 0;
  let d = 0;
  for (; d + 3 < dimensions; d += 4) {
    a += matrix[offset + d]! * query[d]!;
    b += matrix[offset + d + 1]! * query[d + 1]!;
    c += matrix[offset + d + 2]! * query[d + 2]!;
    e += matrix[offset + d + 3]! * query[d + 3]!;
  }
  for (; d < dimensions; d++) a += matrix[offset + d]! * query[d]!;
  return a + b + (c + e);
}
