import { normalizeText, normalizeWithBreaks } from '../../../knowledge/safety/normalize.ts';
import {
  compileWordPattern,
  tokenOffsets,
  visitMatches,
} from '../../../knowledge/safety/word-scan.ts';

describe('normalizeWithBreaks', () => {
  it('drops commas from the text but remembers where the clauses break', () => {
    const { text, breaks } = normalizeWithBreaks('No, I wish I were gone');
    expect(text).toBe('no i wish i were gone');
    expect([...breaks]).toEqual([1]);
  });

  it('counts breaks in tokens after contractions are expanded', () => {
    const { text, breaks } = normalizeWithBreaks("I'm tired: can't go on");
    expect(text).toBe('i am tired cannot go on');
    expect([...breaks]).toEqual([3]);
  });

  it('gives the same text as normalizeText, with or without clause marks', () => {
    for (const message of ['kal subah exam hai, padhai ho gayi', 'plain words only', 'a - b — c']) {
      expect(normalizeWithBreaks(message).text).toBe(normalizeText(message));
    }
  });
});

describe('spellings', () => {
  it('keeps "maarna" (to hit) and "marna" (to die) apart', () => {
    expect(normalizeText('usko maarna')).toBe('usko maarna');
    expect(normalizeText('ab marna hai bas')).toBe('ab marna hai bas');
    expect(normalizeText('papa maarte hai')).toBe('papa maarte hai');
  });

  it('restores vowel-less chat Hinglish', () => {
    expect(normalizeText('mn krta h, ni rha jata')).toBe('mn karta hai nahi raha jata');
  });

  it('joins a verb ending typed on its own', () => {
    expect(normalizeText('roz peet te hain')).toBe('roz peette hai');
  });
});

describe('visitMatches', () => {
  const lines = [/kill (?:him|her)/, /(?<=(?:^| )i (?:will )?)hurt (?:him|her)/, /[a-z]+ myself/];

  it('finds the same matches by first word as by scanning the whole text', () => {
    const text = normalizeText('I will hurt him. I kill her and then hurt her. cut myself');
    const tokens = text.split(' ');
    const offsets = tokenOffsets(tokens);
    for (const line of lines) {
      const pattern = compileWordPattern(line);
      const seen: string[] = [];
      visitMatches(pattern, text, tokens, offsets, (start, end) => {
        seen.push(text.slice(start, end));
        return false;
      });
      const scanned = [...text.matchAll(pattern.global)].map((m) => m[0]);
      expect({ line: line.source, seen }).toEqual({ line: line.source, seen: scanned });
    }
  });

  it('reports the token a match starts at and stops when told to', () => {
    const text = 'i will hurt him . i hurt her';
    const tokens = text.split(' ');
    const starts: number[] = [];
    visitMatches(
      compileWordPattern(lines[1] ?? /x/),
      text,
      tokens,
      tokenOffsets(tokens),
      (_s, _e, first) => {
        starts.push(first);
        return true;
      },
    );
    expect(starts).toEqual([2]);
  });
});
