/**
 * Reciprocal rank fusion: each signal contributes weight / (k + rank) for every ref it ranks.
 * It needs no score calibration between signals whose scores mean different things (BM25,
 * cosine distance, theme coverage), which is why it suits a hybrid retriever.
 */

export interface RankedList {
  readonly name: string;
  readonly weight: number;
  readonly refs: readonly string[];
}

export interface FusedRef {
  readonly ref: string;
  readonly score: number;
  /** Names of the lists that ranked this ref. */
  readonly sources: readonly string[];
}

export function reciprocalRankFusion(lists: readonly RankedList[], k = 60): FusedRef[] {
  const fused = new Map<string, { score: number; sources: string[] }>();
  for (const list of lists) {
    const seen = new Set<string>();
    list.refs.forEach((ref, index) => {
      if (seen.has(ref)) return;
      seen.add(ref);
      const entry = fused.get(ref) ?? { score: 0, sources: [] };
      entry.score += list.weight / (k + index + 1);
      entry.sources.push(list.name);
      fused.set(ref, entry);
    });
  }
  return [...fused.entries()]
    .map(([ref, entry]) => ({ ref, score: entry.score, sources: entry.sources }))
    .sort((a, b) => b.score - a.score || compareRefs(a.ref, b.ref));
}

/** Canonical order (2.9 before 2.10) so ties break the same way every time. */
export function compareRefs(a: string, b: string): number {
  const [ac = 0, av = 0] = a.split('.').map(Number);
  const [bc = 0, bv = 0] = b.split('.').map(Number);
  return ac - bc || av - bv;
}
