import { KeywordIndex } from '../../../knowledge/retrieval/index.ts';
import { projectCorpus } from '../../helpers/project.ts';

describe('KeywordIndex (BM25 over translations and word meanings)', () => {
  let index: KeywordIndex;

  beforeAll(async () => {
    index = new KeywordIndex(await projectCorpus());
  });

  it('finds the verses whose translations use the words', () => {
    const refs = index
      .search('right to action but not to the fruits thereof', 10)
      .map((hit) => hit.ref);
    expect(refs).toContain('2.47');
  });

  it('searches the Hindi translations for Devanagari queries', () => {
    const refs = index.search('कर्म फल अधिकार', 20).map((hit) => hit.ref);
    expect(refs).toContain('2.47');
  });

  it('ranks by score, best first, and honours the limit', () => {
    const hits = index.search('anger desire delusion memory', 5);
    expect(hits).toHaveLength(5);
    const scores = hits.map((hit) => hit.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('returns nothing for stop words alone', () => {
    expect(index.search('the and of is', 10)).toEqual([]);
  });
});
