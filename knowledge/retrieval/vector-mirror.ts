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
        let dot = 0;
        const offset = row * dimensions;
        for (let d = 0; d < dimensions; d++) dot += matrix[offset + d]! * query[d]!;
        const score = Math.fround(dot);
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
