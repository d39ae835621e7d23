import { createVectorMirror } from '../../../knowledge/retrieval/index.ts';

/** What the mirror must agree with: every row ranked by cosine, ties in row order, then cut. */
function rankAll(ids: string[], rows: number[][], query: number[], limit: number): string[] {
  const unit = (v: number[]) => {
    const norm = Math.hypot(...v);
    return norm === 0 ? v : v.map((x) => x / norm);
  };
  const q = Float32Array.from(unit(query));
  const scores = rows.map((row) => {
    const r = Float32Array.from(unit(row));
    let dot = 0;
    for (let d = 0; d < r.length; d++) dot += r[d]! * q[d]!;
    return Math.fround(dot);
  });
  return ids
    .map((id, i) => ({ id, i, score: scores[i]! }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, limit)
    .map((entry) => entry.id);
}

describe('createVectorMirror', () => {
  it('returns the nearest rows best first, as many as asked', async () => {
    const mirror = createVectorMirror(
      ['east', 'north', 'west'],
      [
        [1, 0],
        [0, 1],
        [-1, 0],
      ],
    );
    expect(await mirror.nearestVerses(Float32Array.from([2, 0.1]), 2)).toEqual(['east', 'north']);
    expect(await mirror.nearestVerses(Float32Array.from([0, 1]), 10)).toEqual([
      'north',
      'east',
      'west',
    ]);
    expect(await mirror.nearestVerses(Float32Array.from([0, 1]), 0)).toEqual([]);
  });

  it('keeps tied rows in their stored order, also where the cut falls among them', async () => {
    // Rows 0, 2, 3 and 5 are the same direction: equal scores.
    const rows = [
      [1, 1],
      [0, 1],
      [2, 2],
      [3, 3],
      [1, 0],
      [5, 5],
      [-1, -1],
    ];
    const ids = rows.map((_, i) => `r${i}`);
    const mirror = createVectorMirror(ids, rows);
    for (const limit of [1, 2, 3, 4, 5, 7]) {
      expect(await mirror.nearestVerses(Float32Array.from([1, 1]), limit)).toEqual(
        rankAll(ids, rows, [1, 1], limit),
      );
    }
  });

  // 101 is not a multiple of the four running sums: the remainder is added too.
  it.each([16, 100, 101])(
    'agrees with ranking every row on many random %i-dimensional queries',
    async (dimensions) => {
      let seed = 7;
      const random = () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed / 2 ** 31 - 0.5;
      };
      const rows = Array.from({ length: 300 }, () => Array.from({ length: dimensions }, random));
      const ids = rows.map((_, i) => `v${i}`);
      const mirror = createVectorMirror(ids, rows);
      for (let n = 0; n < 50; n++) {
        const query = Array.from({ length: dimensions }, random);
        expect(await mirror.nearestVerses(Float32Array.from(query), 30)).toEqual(
          rankAll(ids, rows, query, 30),
        );
      }
    },
  );
});
