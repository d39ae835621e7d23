import { contentTokens, normalizeText, tokenize } from '../../../knowledge/retrieval/index.ts';

describe('chat text tokens', () => {
  it('lowercases, expands contractions, drops punctuation and emphasis repeats', () => {
    expect(normalizeText("I CAN'T sleep!!! soooo tired… don't know")).toBe(
      'i can not sleep so tired do not know',
    );
  });

  it('keeps Devanagari words whole and drops the danda', () => {
    expect(normalizeText('मुझे नींद नहीं आती।')).toBe('मुझे नींद नहीं आती');
  });

  it('removes stop words in all three languages but keeps negation', () => {
    const surfaces = (text: string) => contentTokens(text).map((token) => token.surface);
    expect(surfaces('I am so worried about my exam')).toEqual(['worried', 'exam']);
    expect(surfaces('mujhe bahut tension ho rahi hai')).toEqual(['tension']);
    expect(surfaces('मुझे परीक्षा का डर है')).toEqual(['परीक्षा', 'डर']);
    expect(surfaces("can't sleep")).toEqual(['not', 'sleep']);
  });

  it('gives romanized Hindi spelling variants the same phonetic key', () => {
    const key = (word: string) => tokenize(word)[0]?.phonetic;
    expect(key('pareshan')).toBe(key('pareshaan'));
    expect(key('tension')).toBe(key('tenshun'));
    expect(key('dukhi')).toBe(key('dukhee'));
    expect(key('akela')).not.toBe(key('naukri'));
  });

  it('stems English so that forms of one word meet', () => {
    const stem = (word: string) => tokenize(word)[0]?.stem;
    expect(stem('worrying')).toBe(stem('worried'));
    expect(stem('jobs')).toBe(stem('job'));
  });
});
