import { readFile } from 'node:fs/promises';
import { KeywordIndex } from '../../../knowledge/retrieval/index.ts';
import { PROJECT_ROOT, projectCorpus } from '../../helpers/project.ts';

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

describe('KeywordIndex remembering each term’s hits', () => {
  let remembering: KeywordIndex;
  let whole: KeywordIndex;

  beforeAll(async () => {
    const corpus = await projectCorpus();
    remembering = new KeywordIndex(corpus, { termCacheSize: 64 });
    whole = new KeywordIndex(corpus, { termCacheSize: 0 });
  });

  it('gives exactly what MiniSearch’s whole search gives: the same verses, scores and order', async () => {
    const lines = (await readFile(`${PROJECT_ROOT}/test/eval/retrieval-set.jsonl`, 'utf8'))
      .split('\n')
      .filter((line) => line.trim() !== '');
    const messages = lines.map((line) => (JSON.parse(line) as { text: string }).text);
    // Repeated words, words twice in one message, and words MiniSearch never saw.
    messages.push('anger anger desire', 'duty duty duty action', 'zzqx blorft', 'the and of', '');
    expect(messages.length).toBeGreaterThan(100);
    // Twice over, so the second pass is answered from memory (with evictions along the way).
    for (const message of [...messages, ...messages]) {
      expect(remembering.search(message, 30)).toEqual(whole.search(message, 30));
    }
  });

  it('remembers no more terms than it was allowed', () => {
    for (const word of ['war', 'peace', 'mind', 'self', 'duty', 'grief', 'joy', 'fear']) {
      remembering.search(`${word} ${word}s`, 10);
    }
    expect(remembering.rememberedTerms).toBeLessThanOrEqual(64);
    expect(remembering.rememberedTerms).toBeGreaterThan(0);
    expect(whole.rememberedTerms).toBe(0);
  });
});
