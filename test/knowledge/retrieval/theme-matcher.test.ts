import { ThemeMatcher } from '../../../knowledge/retrieval/index.ts';
import type { ThemeMap } from '../../../knowledge/themes/index.ts';
import { projectThemes } from '../../helpers/project.ts';

// Lexical matching only here; matching by word vectors is tested with the real GloVe model in
// hybrid-retriever.test.ts.
describe('ThemeMatcher (lexical)', () => {
  let themes: ThemeMap;
  let matcher: ThemeMatcher;

  beforeAll(async () => {
    themes = await projectThemes();
    matcher = new ThemeMatcher(themes);
  });

  const topIds = (text: string) => matcher.match(text, 3).map((match) => match.theme.id);

  it('finds a theme from a paraphrase that shares its meaning-carrying words', () => {
    expect(topIds('my results come out tomorrow and i am so scared')).toContain(
      'exam-results-fear',
    );
  });

  it('forgives romanized-Hindi spelling variants', () => {
    expect(topIds('kal result aane wala hai, bahut tenshun')).toContain('exam-results-fear');
    expect(topIds('meri naukri chhoot gayi yaar')).toContain('job-loss');
  });

  it('matches Devanagari through shared roots', () => {
    expect(topIds('कंपनी ने मुझे निकाल दिया, समझ नहीं आता क्या करूँ')).toContain('job-loss');
  });

  it('forgives a one-letter typo in a longer word', () => {
    expect(topIds('terminatd from my job last week')).toContain('job-loss');
  });

  it('scores between 0 and 1, best first, and returns nothing for text without content words', () => {
    const matches = matcher.match('lost my job today and bills to pay', 5);
    expect(matches.length).toBeGreaterThan(0);
    for (const match of matches) {
      expect(match.score).toBeGreaterThan(0);
      expect(match.score).toBeLessThanOrEqual(1);
    }
    const scores = matches.map((match) => match.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(matcher.match('is it the', 5)).toEqual([]);
  });

  it('does not invent a theme for unrelated text', () => {
    expect(matcher.match('the quarterly spreadsheet has 14 columns', 3, 0.5)).toEqual([]);
  });

  it('gives a message the same matches whatever was matched before it (no state carried over)', () => {
    const texts = [
      'lost my job today and bills to pay',
      'kal result aane wala hai, bahut tenshun',
      'कंपनी ने मुझे निकाल दिया',
      'my results come out tomorrow and i am so scared',
    ];
    const scores = (text: string) =>
      matcher.match(text, 10, 0).map((match) => [match.theme.id, match.score]);
    // A fresh matcher has seen nothing; the shared one has matched every earlier test's words.
    const fresh = new ThemeMatcher(themes);
    const first = texts.map((text) =>
      fresh.match(text, 10, 0).map((match) => [match.theme.id, match.score]),
    );
    expect(texts.map(scores)).toEqual(first);
    expect([...texts].reverse().map(scores)).toEqual([...first].reverse());
  });
});

describe('ThemeMatcher remembering each word’s matches', () => {
  it('stays within its bound and answers as a matcher that never forgot', async () => {
    const themes = await projectThemes();
    const forgetful = new ThemeMatcher(themes, { wordCacheLimit: 8 });
    const roomy = new ThemeMatcher(themes);
    const messages = [
      'my results come out tomorrow and i am so scared',
      'kal result aane wala hai, bahut tenshun',
      'terminatd from my job last week',
      'कंपनी ने मुझे निकाल दिया, समझ नहीं आता क्या करूँ',
      'lost my job today and bills to pay',
      'my results come out tomorrow and i am so scared',
    ];
    // Twice over: the second pass meets words the small memory has already dropped.
    for (const message of [...messages, ...messages]) {
      expect(forgetful.match(message, 5, 0)).toEqual(roomy.match(message, 5, 0));
      expect(forgetful.rememberedWords).toBeLessThanOrEqual(8);
    }
    expect(roomy.rememberedWords).toBeGreaterThan(8);
  });
});
