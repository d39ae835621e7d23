import { compareRefs, reciprocalRankFusion } from '../../../knowledge/retrieval/index.ts';

describe('reciprocal rank fusion', () => {
  it('rewards refs that several signals agree on', () => {
    const fused = reciprocalRankFusion([
      { name: 'a', weight: 1, refs: ['2.47', '6.5', '3.19'] },
      { name: 'b', weight: 1, refs: ['6.5', '18.66'] },
    ]);
    expect(fused.map((f) => f.ref)).toEqual(['6.5', '2.47', '18.66', '3.19']);
    expect(fused[0]?.sources).toEqual(['a', 'b']);
  });

  it('lets a heavier signal lead', () => {
    const fused = reciprocalRankFusion([
      { name: 'themes', weight: 3, refs: ['12.13'] },
      { name: 'keywords', weight: 1, refs: ['2.62'] },
    ]);
    expect(fused.map((f) => f.ref)).toEqual(['12.13', '2.62']);
    expect(fused[0]?.score).toBeCloseTo(3 / 61, 6);
  });

  it('counts a ref once per list even when a list repeats it', () => {
    const [only] = reciprocalRankFusion([{ name: 'a', weight: 1, refs: ['2.47', '2.47'] }]);
    expect(only?.score).toBeCloseTo(1 / 61, 6);
  });

  it('orders refs canonically (2.9 before 2.10) for ties', () => {
    expect(['2.10', '10.1', '2.9'].sort(compareRefs)).toEqual(['2.9', '2.10', '10.1']);
  });
});
