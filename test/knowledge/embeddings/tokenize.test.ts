import { tokenize } from '../../../knowledge/embeddings/index.ts';

describe('tokenize', () => {
  it('lowercases and splits on punctuation', () => {
    expect(tokenize('Why, Krishna?! I feel LOST...')).toEqual([
      'why',
      'krishna',
      'i',
      'feel',
      'lost',
    ]);
  });

  it('spells out contractions with and without the apostrophe', () => {
    expect(tokenize("I can't sleep")).toEqual(['i', 'can', 'not', 'sleep']);
    expect(tokenize('I cant sleep')).toEqual(['i', 'can', 'not', 'sleep']);
    expect(tokenize("won't, don't, didnt")).toEqual(['will', 'not', 'do', 'not', 'did', 'not']);
    expect(tokenize("I'm scared, you're fine, we've tried, they'll see, I'd go")).toEqual([
      'i',
      'am',
      'scared',
      'you',
      'are',
      'fine',
      'we',
      'have',
      'tried',
      'they',
      'will',
      'see',
      'i',
      'would',
      'go',
    ]);
  });

  it('treats curly apostrophes like straight ones and drops possessive s', () => {
    expect(tokenize('It’s my father’s house')).toEqual(['it', 'my', 'father', 'house']);
  });

  it('expands common chat shorthand', () => {
    expect(tokenize('idk what u mean, pls help bc im lost')).toEqual([
      'i',
      'do',
      'not',
      'know',
      'what',
      'you',
      'mean',
      'please',
      'help',
      'because',
      'i',
      'am',
      'lost',
    ]);
  });

  it('turns small numbers into words and drops the rest', () => {
    expect(tokenize('after 8 years and 2024 dollars')).toEqual([
      'after',
      'eight',
      'years',
      'and',
      'dollars',
    ]);
  });

  it('removes diacritics and keeps hyphenated words whole', () => {
    expect(tokenize('Kṛṣṇa speaks of long-term well‐being')).toEqual([
      'krsna',
      'speaks',
      'of',
      'long-term',
      'well-being',
    ]);
  });

  it('returns nothing for text without words', () => {
    expect(tokenize('  ?!… 🙏 ')).toEqual([]);
  });
});
