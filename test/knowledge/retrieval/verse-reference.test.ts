import { parseVerseReference, type ChapterLengths } from '../../../knowledge/retrieval/index.ts';

// This corpus's chapter lengths (chapter 13 has 35).
const COUNTS = [47, 72, 43, 42, 29, 47, 30, 28, 34, 42, 55, 20, 35, 27, 20, 24, 28, 78];
const lengths: ChapterLengths = { chapterCount: 18, versesIn: (chapter) => COUNTS[chapter - 1] };

describe('parseVerseReference', () => {
  it.each([
    ['2.47', '2.47'],
    ['BG 2:47', '2.47'],
    ['bg2.47', '2.47'],
    ['Gita 2.47 please', '2.47'],
    ['what does bhagavad gita 18.66 mean for someone like me who keeps failing', '18.66'],
    ['chapter 2 verse 47', '2.47'],
    ['Ch. 13, v. 35', '13.35'],
    ['adhyay 6 shlok 5 batao', '6.5'],
    ['अध्याय 2 श्लोक 47', '2.47'],
    ['/verse 2.47', '2.47'],
    ['verse 12 13', '12.13'],
    ['what does 2.47 say?', '2.47'],
  ])('reads %p as %s', (text, ref) => {
    expect(parseVerseReference(text, lengths)).toEqual(
      expect.objectContaining({ kind: 'verse', ref }),
    );
  });

  it('reports a verse beyond the chapter with the chapter length, never a made-up verse', () => {
    expect(parseVerseReference('2.73', lengths)).toEqual({
      kind: 'no-such-verse',
      chapter: 2,
      verse: 73,
      versesInChapter: 72,
    });
    expect(parseVerseReference('BG 13:36', lengths)).toMatchObject({
      kind: 'no-such-verse',
      versesInChapter: 35,
    });
    expect(parseVerseReference('gita 2.0', lengths)).toMatchObject({ kind: 'no-such-verse' });
  });

  it('reports a chapter that does not exist', () => {
    expect(parseVerseReference('19.3', lengths)).toEqual({
      kind: 'no-such-chapter',
      chapter: 19,
      verse: 3,
    });
    expect(parseVerseReference('chapter 0 verse 1', lengths)).toMatchObject({
      kind: 'no-such-chapter',
    });
  });

  it.each([
    'I scored 7.5 in my exam and my parents are angry with me, what should I do now',
    'the universe 2.5 billion years ago',
    'i feel lost',
    'my salary is 2.5 lakh and it is not enough for my family to live on',
  ])('leaves a worry that merely contains numbers alone: %p', (text) => {
    expect(parseVerseReference(text, lengths)).toBeUndefined();
  });
});
